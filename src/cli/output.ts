/**
 * One input's printed line: its reading as JSON, or a line with an
 * `error` field when it could not be read.
 */
import type { CliInput } from './inputs';
import { classifyInput, toOutputLine } from './pipeline';

/** A line ready to print, and whether it reports a failure. */
export interface PrintedLine {
  text: string;
  failed: boolean;
}

/** Reads and classifies one input into the line the command prints. */
export async function outputFor(input: CliInput): Promise<PrintedLine> {
  try {
    const reading = await classifyInput(await input.read());
    const line = toOutputLine(input.name, reading);
    return { text: JSON.stringify(line), failed: false };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      text: JSON.stringify({ file: input.name, error: why }),
      failed: true,
    };
  }
}
