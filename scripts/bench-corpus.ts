/**
 * What both halves of `npm run bench` share: the labelled corpus loaded
 * into memory once, and rounds over it through the command line's own
 * pipeline, each email timed alone.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { classifyInput } from '../src/cli/pipeline';

/** Where the labelled corpus lives, beside the project's folder. */
export const CORPUS = resolve(
  import.meta.dirname,
  '../../shared/corpus/emails',
);

/** Every email of a corpus folder, as the bytes of its file. */
export async function loadCorpus(folder: string): Promise<Uint8Array[]> {
  const names = (await readdir(folder))
    .filter((n) => n.endsWith('.eml'))
    .sort();
  return Promise.all(
    names.map(async (n) => new Uint8Array(await readFile(join(folder, n)))),
  );
}

/**
 * Untimed rounds until `seconds` have passed, so the figures that follow
 * are the engine's steady speed. V8 optimises a function only after it
 * has run a while, on a background thread: a single round leaves most
 * of the reader still unoptimised, and the first few seconds read at a
 * third of the steady speed. Returns the first round's speed, in emails
 * per second: what a one-off run over the corpus sees.
 */
export async function warmUp(
  emails: readonly Uint8Array[],
  seconds: number,
): Promise<number> {
  const started = performance.now();
  let firstRound = 0;
  do {
    const t0 = performance.now();
    for (const email of emails) await classifyInput(email);
    firstRound ||= emails.length / ((performance.now() - t0) / 1000);
  } while (performance.now() - started < seconds * 1000);
  return Math.round(firstRound);
}

/** Reads the corpus `rounds` times; each email's time, in milliseconds. */
export async function timeRounds(
  emails: readonly Uint8Array[],
  rounds: number,
): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const email of emails) {
      const t0 = performance.now();
      await classifyInput(email);
      latencies.push(performance.now() - t0);
    }
  }
  return latencies;
}
