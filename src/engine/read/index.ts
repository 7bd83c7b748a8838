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
import { prepareInput, type PreparedInput } from './input';
import { splitMailbox, startsAsMailbox } from './mbox';
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
    const texts = startsAsMailbox(input)
      ? splitMailbox(prepared.text)
      : [prepared.text];
    const message = await openMessage(texts[0] ?? '', prepared.binary);
    message.warnings.unshift(...prepared.warnings);
    let decoded = decodeWithFirst(message);
    for (const text of texts.slice(1)) {
      decoded = joinDecoded(decoded, await readNext(message, text, prepared));
    }
    return assemble(message, decoded);
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

/** A later message of a mailbox; its warnings join the first one's. */
async function readNext(
  first: OpenedMessage,
  text: string,
  prepared: PreparedInput,
): Promise<Decoded | null> {
  const message = await openMessage(text, prepared.binary);
  const decoded = decodeWithFirst(message);
  for (const warning of message.warnings) {
    if (!first.warnings.includes(warning)) first.warnings.push(warning);
  }
  return decoded;
}

/** The first message's reading, with every later message's recipients. */
function joinDecoded(
  lead: Decoded | null,
  next: Decoded | null,
): Decoded | null {
  if (!lead || !next) return lead ?? next;
  return { ...lead, recipients: [...lead.recipients, ...next.recipients] };
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
