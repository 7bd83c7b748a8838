/**
 * Expands command-line paths into the inputs to read: a file, every .eml
 * and .txt below a folder (sorted, so runs are repeatable), or stdin.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One input named on the command line. */
export interface CliInput {
  name: string;
  read: () => Promise<Uint8Array>;
}

const READABLE = /\.(?:eml|txt)$/i;

/** The inputs a list of paths stands for; unreadable paths still appear. */
export async function expandPaths(
  paths: readonly string[],
): Promise<CliInput[]> {
  const inputs: CliInput[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ name: '-', read: readStdin });
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      for (const file of await filesBelow(path)) inputs.push(fileInput(file));
    } else {
      inputs.push(fileInput(path));
    }
  }
  return inputs;
}

/** The input of one file, read when asked. */
export function fileInput(path: string): CliInput {
  return { name: path, read: async () => new Uint8Array(await readFile(path)) };
}

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    withFileTypes: true,
    recursive: true,
  });
  return entries
    .filter((e) => e.isFile() && READABLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
