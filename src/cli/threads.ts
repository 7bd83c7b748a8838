/**
 * Worker threads for the command line and the bench. A worker written in
 * TypeScript is bundled into one JavaScript file by esbuild first, once
 * per run: a worker does not inherit the TypeScript loader of the thread
 * that starts it, and loading tsx again in every worker costs some 20 MB
 * of memory and a slower start.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const bundles = new Map<string, URL>();
let bundleFolder: string | null = null;

// A worker reads one email at a time, and what one email allocates dies
// young: a smaller young generation than V8's default (48 MB) saves each
// worker some 10 MB; the bench's speed stayed within its run-to-run noise.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** Starts the module at `url` in a worker thread. */
export function startWorker(url: URL, workerData?: unknown): Worker {
  const script = url.pathname.endsWith('.ts') ? bundled(url) : url;
  return new Worker(script, { workerData, resourceLimits: WORKER_LIMITS });
}

/** The module and all it imports as one JavaScript file, built once. */
function bundled(url: URL): URL {
  const known = bundles.get(url.href);
  if (known) return known;
  bundleFolder ??= scratchFolder();
  const source = fileURLToPath(url);
  const outfile = join(bundleFolder, basename(source, '.ts') + '.mjs');
  buildSync({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  const script = pathToFileURL(outfile);
  bundles.set(url.href, script);
  return script;
}

/** A temporary folder for the bundles, removed when the process ends. */
function scratchFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bounce-triage-'));
  process.once('exit', () => {
    rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

/** One thread per core, at most eight: reading is all computation. */
export function defaultThreads(): number {
  return Math.min(8, availableParallelism());
}
