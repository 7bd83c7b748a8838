/**
 * The last resort: a single SMTP reply, a log line, or any text with a
 * reply code in it. It always yields one recipient, so a paste is never
 * left without a reading.
 */
import type { Decoded, FormatDecoder, OpenedMessage } from '../types';
import { blankRecipient } from '../types';
import { usefulText } from './address-blocks';
import { addressesIn, splitAtOriginal } from './text-tools';

// Log lines name the recipient as to=<a@b>; replies often quote it.
const LOG_RECIPIENT = /\bto=<?([^\s<>,]+@[^\s<>,]+)>?/i;
const QUOTED = /<([^\s<>]+@[^\s<>]+)>/;

function decode(message: OpenedMessage): Decoded | null {
  const { notice, original } = splitAtOriginal(message.notice);
  const text = notice.trim();
  if (!text) return null;

  const address =
    LOG_RECIPIENT.exec(text)?.[1] ??
    QUOTED.exec(text)?.[1] ??
    soleAddress(text);
  const found = blankRecipient(address?.toLowerCase() ?? null);
  // A Postfix log line keeps the server's words in the parentheses
  // after status=…; the rest of the line is the log's own bookkeeping.
  const logged = /\bstatus=\w+ \((.*)\)\s*$/.exec(text)?.[1];
  found.diagnostic =
    logged ?? (usefulText(text.split('\n')) || text.slice(0, 500));
  found.status = /\bdsn=([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ?? null;
  const status = /\bstatus=(sent|deferred|bounced|expired)\b/i.exec(text)?.[1];
  if (status)
    found.action =
      status === 'sent'
        ? 'delivered'
        : status === 'deferred'
          ? 'delayed'
          : 'failed';

  return {
    format: 'text',
    kind: 'bounce',
    recipients: [found],
    reportingMta: null,
    original: message.original ?? original,
  };
}

function soleAddress(text: string): string | null {
  const all = addressesIn(text);
  return all.length === 1 ? (all[0] ?? null) : null;
}

/** Decoder of last resort for a reply line, a log line or bare text. */
export const singleLine: FormatDecoder = { id: 'text', decode };
