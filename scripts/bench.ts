/**
 * `npm run bench`: reads and classifies the whole corpus repeatedly in
 * one process, each email through the command line's own pipeline (read,
 * then match every recipient against the signatures). Files are loaded
 * up front, so only the engine is timed.
 *
 * It runs twice: on one thread, then on one thread per core, as
 * `classify` does for large batches. It prints one JSON line for each;
 * the last, for all threads, also carries the one-thread figure.
 */
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { defaultThreads, startWorker } from '../src/cli/threads';
import { CORPUS, loadCorpus, timeRounds, warmUp } from './bench-corpus';
import type { BenchWorkerData } from './bench-worker';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const THREADS = Number(process.env['BENCH_THREADS'] ?? defaultThreads());
// V8 is done optimising the reader some 3 seconds in on this machine,
// later when the machine is busy (see warmUp).
const WARM_UP_SECONDS = Number(process.env['BENCH_WARM_UP_SECONDS'] ?? 6);

interface Figures {
  emailsPerSecond: number;
  emails: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
  threads: number;
}

function percentile(sorted: number[], p: number): number {
  const at = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[at] ?? 0;
}

function figures(latencies: number[], seconds: number, threads: number) {
  latencies.sort((a, b) => a - b);
  const result: Figures = {
    emailsPerSecond: Math.round(latencies.length / seconds),
    emails: latencies.length,
    p50Ms: Number(percentile(latencies, 50).toFixed(3)),
    p99Ms: Number(percentile(latencies, 99).toFixed(3)),
    // The process's peak so far, worker threads included.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    threads,
  };
  return result;
}

/** The steady figures, with the speed of the very first pass beside them. */
async function oneThread(emails: Uint8Array[]) {
  const cold = await warmUp(emails, WARM_UP_SECONDS);
  const started = performance.now();
  const latencies = await timeRounds(emails, ROUNDS);
  const steady = figures(latencies, (performance.now() - started) / 1000, 1);
  return { ...steady, coldEmailsPerSecond: cold };
}

/**
 * This thread and `THREADS - 1` workers read at once; every worker warms
 * up first, and the clock runs from "go" to the last one done. Reading
 * here too spares the memory of one more worker.
 */
async function allThreads(emails: Uint8Array[]): Promise<Figures> {
  const url = new URL('./bench-worker.ts', import.meta.url);
  const workers = Array.from({ length: THREADS - 1 }, () =>
    startWorker(url, {
      folder: CORPUS,
      warmUpSeconds: WARM_UP_SECONDS,
    } satisfies BenchWorkerData),
  );
  await Promise.all(workers.map((worker) => once(worker, 'message')));

  const started = performance.now();
  const results = [
    ...workers.map((worker) => roundsOn(worker)),
    timeRounds(emails, ROUNDS),
  ];
  const latencies = (await Promise.all(results)).flat();
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return figures(latencies, seconds, THREADS);
}

async function roundsOn(worker: Worker): Promise<number[]> {
  worker.postMessage(ROUNDS);
  const [latencies] = (await once(worker, 'message')) as [number[]];
  return latencies;
}

const emails = await loadCorpus(CORPUS);
const single = await oneThread(emails);
console.log(JSON.stringify(single));
if (THREADS > 1) {
  const threaded = await allThreads(emails);
  console.log(
    JSON.stringify({
      ...threaded,
      oneThreadEmailsPerSecond: single.emailsPerSecond,
    }),
  );
}
