/**
 * `npm run bench`: reads and classifies the whole corpus repeatedly in
 * one process and prints, last, one JSON line with throughput, latency
 * and peak memory. Each email goes through the command line's own
 * pipeline (read, then match every recipient against the signatures),
 * so the figure is what a user of the CLI gets. Files are loaded once up
 * front, so only the engine is timed; it runs single-threaded.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyInput } from '../src/cli/pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EMAILS = join(ROOT, '..', 'shared', 'corpus', 'emails');
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);

async function loadCorpus(): Promise<Uint8Array[]> {
  const names = (await readdir(EMAILS))
    .filter((n) => n.endsWith('.eml'))
    .sort();
  return Promise.all(
    names.map(async (n) => new Uint8Array(await readFile(join(EMAILS, n)))),
  );
}

function percentile(sorted: number[], p: number): number {
  const at = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[at] ?? 0;
}

async function main(): Promise<void> {
  const emails = await loadCorpus();
  let peakRss = process.memoryUsage().rss;
  // One warm-up round so the JIT has seen every path before timing.
  for (const email of emails) await classifyInput(email);

  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const email of emails) {
      const t0 = performance.now();
      await classifyInput(email);
      latencies.push(performance.now() - t0);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);

  const result = {
    emailsPerSecond: Math.round(latencies.length / seconds),
    emails: latencies.length,
    p50Ms: Number(percentile(latencies, 50).toFixed(3)),
    p99Ms: Number(percentile(latencies, 99).toFixed(3)),
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
  console.log(JSON.stringify(result));
}

await main();
