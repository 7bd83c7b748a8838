/**
 * Reads many files on several threads at once. Files go out in batches
 * to whichever worker is free; their lines come back in the order the
 * files were named, however the work was shared.
 */
import type { Worker } from 'node:worker_threads';
import type { Batch, BatchResult } from './classify-worker';
import type { PrintedLine } from './output';
import { startWorker } from './threads';

// Large enough that messages cost nothing beside the reading, small
// enough that both threads finish at about the same time.
const BATCH_SIZE = 32;
// Each worker holds a second batch, so it never waits for the next one.
const IN_FLIGHT = 2;

const WORKER = new URL('./classify-worker.ts', import.meta.url);

/** Classifies the files at `paths`, printing each line in their order. */
export async function classifyInPool(
  paths: readonly string[],
  threads: number,
  print: (line: PrintedLine) => void,
): Promise<void> {
  const batches: Batch[] = [];
  for (let at = 0; at < paths.length; at += BATCH_SIZE) {
    batches.push({
      id: batches.length,
      paths: paths.slice(at, at + BATCH_SIZE),
    });
  }
  const count = Math.max(1, Math.min(threads, batches.length));
  const workers = Array.from({ length: count }, () => startWorker(WORKER));
  try {
    await share(batches, workers, print);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function share(
  batches: readonly Batch[],
  workers: readonly Worker[],
  print: (line: PrintedLine) => void,
): Promise<void> {
  const finished = new Map<number, PrintedLine[]>();
  let sent = 0;
  let printed = 0;

  return new Promise((resolve, reject) => {
    const sendTo = (worker: Worker): void => {
      const batch = batches[sent];
      if (!batch) return;
      sent++;
      worker.postMessage(batch);
    };
    const printReady = (): void => {
      for (let lines; (lines = finished.get(printed)); printed++) {
        finished.delete(printed);
        lines.forEach(print);
      }
      if (printed === batches.length) resolve();
    };

    for (const worker of workers) {
      worker.on('message', (result: BatchResult) => {
        finished.set(result.id, result.lines);
        printReady();
        sendTo(worker);
      });
      worker.on('error', reject);
      for (let n = 0; n < IN_FLIGHT; n++) sendTo(worker);
    }
    if (batches.length === 0) resolve();
  });
}
