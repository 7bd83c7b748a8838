/**
 * The bounce reader: any pasted bounce, report, reply or log line in,
 * one typed `Reading` out. It never throws; what goes wrong becomes a
 * warning beside a best-effort reading.
 */
import type { Reading } from '../reading';
import { finishRecipient } from './finish';
import { arf } from './formats/arf';
import { autoReply } from './formats/auto-reply';
import { rfc3464 } from './formats/rfc3464';
import { singleLine } from './formats/single-line';
import { genericText, textFamilies } from './formats/text-families';
import { prepareInput } from './input';
import { openMessage } from './mime/open';
import { collectEvidence } from './evidence';
import type { Decoded, FormatDecoder, OpenedMessage } from './types';

// Most specific first: the machine-readable formats, then the text ones.
const DECODERS: FormatDecoder[] = [
  arf,
  rfc3464,
  ...textFamilies,
  autoReply,
  genericText,
  singleLine,
];

/** Reads a pasted bounce (text or bytes) into a typed reading. */
export async function readBounce(input: string | Uint8Array): Promise<Reading> {
  const prepared = prepareInput(input);
  if (prepared.text.trim() === '') return emptyReading(prepared.warnings);
  try {
    const message = await openMessage(prepared.text, prepared.binary);
    message.warnings.unshift(...prepared.warnings);
    return assemble(message, decodeWithFirst(message));
  } catch (error) {
    const why = error instanceof Error ? error.message : 'unknown error';
    return emptyReading([...prepared.warnings, `reading failed: ${why}`]);
  }
}

function decodeWithFirst(message: OpenedMessage): Decoded | null {
  for (const decoder of DECODERS) {
    try {
      const decoded = decoder.decode(message);
      if (decoded && decoded.recipients.length > 0) return decoded;
    } catch {
      message.warnings.push(`the ${decoder.id} decoder failed; tried the next`);
    }
  }
  return null;
}

function assemble(message: OpenedMessage, decoded: Decoded | null): Reading {
  if (!decoded) {
    return { ...emptyReading(message.warnings), kind: 'not-bounce' };
  }
  const recipients = decoded.recipients.map(finishRecipient);
  const evidence = collectEvidence(decoded, recipients);
  const kind =
    decoded.kind === 'bounce' && !looksLikeBounce(recipients)
      ? 'not-bounce'
      : decoded.kind;
  return {
    kind,
    format: decoded.format,
    recipients,
    reportingMta: decoded.reportingMta,
    provider: recipients.find((r) => r.provider)?.provider ?? null,
    ips: evidence.ips,
    domains: evidence.domains,
    original: evidence.original,
    warnings: message.warnings,
  };
}

/** A bounce names a code, a failure or at least an address with words. */
function looksLikeBounce(recipients: Reading['recipients']): boolean {
  return recipients.some(
    (r) =>
      r.status !== null ||
      r.replyCode !== null ||
      r.action !== null ||
      (r.reason !== 'onhold' && r.reason !== 'undefined'),
  );
}

function emptyReading(warnings: string[]): Reading {
  return {
    kind: 'not-bounce',
    format: 'none',
    recipients: [],
    reportingMta: null,
    provider: null,
    ips: [],
    domains: [],
    original: null,
    warnings:
      warnings.length > 0 ? warnings : ['nothing to read: the input is empty'],
  };
}
