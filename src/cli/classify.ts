/**
 * `npm run -s classify -- [--threads N] PATH...`: prints one JSON line
 * per input. An input that cannot be read gets a line with an `error`
 * field; the run goes on and exits non-zero at the end. Large batches of
 * files are shared among worker threads, one per core unless told.
 */
import { expandPaths, type CliInput } from './inputs';
import { outputFor, type PrintedLine } from './output';
import { classifyInPool } from './pool';
import { defaultThreads } from './threads';

const USAGE =
  'usage: classify [--threads N] PATH... (a file, a folder, or - for stdin)\n';
// Below this many files, starting workers costs more than it saves.
const POOL_FROM = 1000;

interface Options {
  /** Threads asked for with `--threads`; null leaves it to the batch. */
  threads: number | null;
  paths: string[];
}

function parseArgs(args: string[]): Options | null {
  const paths: string[] = [];
  let threads: number | null = null;
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] ?? '';
    if (arg !== '--threads') {
      paths.push(arg);
      continue;
    }
    threads = Number(args[++at]);
    if (!Number.isInteger(threads) || threads < 1) return null;
  }
  return paths.length > 0 ? { threads, paths } : null;
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    process.stderr.write(USAGE);
    return 2;
  }
  let failures = 0;
  const print = (line: PrintedLine): void => {
    if (line.failed) failures++;
    process.stdout.write(line.text + '\n');
  };

  const inputs = await expandPaths(options.paths);
  const threads = threadsFor(inputs, options.threads);
  if (threads > 1) {
    const paths = inputs.map((input) => input.name);
    await classifyInPool(paths, threads, print);
  } else {
    for (const input of inputs) print(await outputFor(input));
  }
  return failures > 0 ? 1 : 0;
}

/**
 * The threads to read with: as asked, or every core for a large batch.
 * Standard input is read here, on one thread.
 */
function threadsFor(inputs: readonly CliInput[], asked: number | null): number {
  if (inputs.some((input) => input.name === '-')) return 1;
  if (asked !== null) return asked;
  return inputs.length >= POOL_FROM ? defaultThreads() : 1;
}

process.exitCode = await main(process.argv.slice(2));
