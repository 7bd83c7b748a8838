/**
 * `npm run -s classify -- PATH...`: prints one JSON line per input. An
 * input that cannot be read gets a line with an `error` field; the run
 * goes on and exits non-zero at the end.
 */
import { expandPaths } from './inputs';
import { classifyInput, toOutputLine } from './pipeline';

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write(
      'usage: classify PATH... (a file, a folder, or - for stdin)\n',
    );
    return 2;
  }
  let failures = 0;
  for (const input of await expandPaths(paths)) {
    try {
      const reading = await classifyInput(await input.read());
      process.stdout.write(
        JSON.stringify(toOutputLine(input.name, reading)) + '\n',
      );
    } catch (error) {
      failures++;
      const why = error instanceof Error ? error.message : String(error);
      process.stdout.write(
        JSON.stringify({ file: input.name, error: why }) + '\n',
      );
    }
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
