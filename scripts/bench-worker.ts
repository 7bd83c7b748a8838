/**
 * One thread of the threaded half of `npm run bench`: it loads the corpus
 * folder it is given and warms up, says it is ready, then reads the
 * rounds it is told to and sends back each email's time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus, timeRounds, warmUp } from './bench-corpus';

const port = parentPort;
if (port) {
  const emails = await loadCorpus(workerData as string);
  await warmUp(emails);
  port.once('message', (rounds: number) => {
    void timeRounds(emails, rounds).then((latencies) => {
      port.postMessage(latencies);
    });
  });
  port.postMessage('ready');
}
