/**
 * Worker threads for the command line. A worker does not inherit the
 * TypeScript loader of the thread that starts it, so a worker written in
 * TypeScript first registers tsx, as `npm run classify` itself runs.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Starts the module at `url` in a worker thread. */
export function startWorker(url: URL, workerData?: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = [
    `import(${JSON.stringify(tsx)})`,
    '.then((tsx) => tsx.register())',
    `.then(() => import(${JSON.stringify(url.href)}));`,
  ].join('');
  return new Worker(boot, { eval: true, workerData });
}

/** One thread per core, at most eight: reading is all computation. */
export function defaultThreads(): number {
  return Math.min(8, availableParallelism());
}
