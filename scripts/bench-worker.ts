/**
 * One thread of the threaded half of `npm run bench`: it loads the corpus
 * folder it is given, warms up for as long as it is told, says it is
 * ready, then reads the rounds it is told to and sends back each email's
 * time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus, timeRounds, warmUp } from './bench-corpus';

/** What the bench tells each worker. */
export interface BenchWorkerData {
  folder: string;
  warmUpSeconds: number;
}

const port = parentPort;
if (port) {
  const { folder, warmUpSeconds } = workerData as BenchWorkerData;
  const emails = await loadCorpus(folder);
  await warmUp(emails, warmUpSeconds);
  port.once('message', (rounds: number) => {
    void timeRounds(emails, rounds).then((latencies) => {
      port.postMessage(latencies);
    });
  });
  port.postMessage('ready');
}
