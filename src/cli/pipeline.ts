/**
 * The command line's pipeline, shared with the corpus test so both
 * measure the same thing: read the bounce, then classify it against the
 * knowledge base, then shape one output line.
 */
import { classifyReading } from '../engine/classify/index';
import { readBounce } from '../engine/read/index';
import type { Reading } from '../engine/reading';
import { SIGNATURES } from '../knowledge/signatures/index';

/** One recipient as the command line prints it. */
export interface OutputRecipient {
  address: string | null;
  status: string | null;
  replyCode: string | null;
  reason: string;
  hard: boolean;
  tag: string | null;
  signature: string | null;
  remoteMta: string | null;
  diagnostic: string;
}

/** One output line of the command line. */
export interface OutputLine {
  file: string;
  kind: Reading['kind'];
  provider: string | null;
  recipients: OutputRecipient[];
}

/** Reads and classifies one input. */
export async function classifyInput(
  input: string | Uint8Array,
): Promise<Reading> {
  return classifyReading(await readBounce(input), SIGNATURES);
}

/** Shapes a reading as the command line's JSON line. */
export function toOutputLine(file: string, reading: Reading): OutputLine {
  return {
    file,
    kind: reading.kind,
    provider: reading.provider,
    recipients: reading.recipients.map((r) => ({
      address: r.address,
      status: r.status,
      replyCode: r.replyCode,
      reason: r.reason,
      hard: r.hard,
      tag: r.tag,
      signature: r.signature,
      remoteMta: r.remoteMta,
      diagnostic: r.diagnostic,
    })),
  };
}
