/**
 * One thread of the command line's pool: it reads the files it is sent
 * and answers each batch with their output lines, in the same order.
 */
import { parentPort } from 'node:worker_threads';
import { fileInput } from './inputs';
import { outputFor, type PrintedLine } from './output';

/** A batch of files for one worker. */
export interface Batch {
  id: number;
  paths: string[];
}

/** A worker's answer to one batch. */
export interface BatchResult {
  id: number;
  lines: PrintedLine[];
}

const port = parentPort;
port?.on('message', (batch: Batch) => {
  void Promise.all(batch.paths.map((p) => outputFor(fileInput(p)))).then(
    (lines) => {
      const result: BatchResult = { id: batch.id, lines };
      port.postMessage(result);
    },
  );
});
