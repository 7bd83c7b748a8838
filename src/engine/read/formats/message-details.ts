/**
 * The notice Verizon's gateway and Apache James send: an "Error:" line,
 * the remote reply under "Error message below:", then "Message details"
 * that name the envelope recipient as `RCPT TO:`.
 */
import { blankRecipient, type FoundRecipient } from '../types';
import { addressesIn } from './text-tools';

/** Recognises the layout by its two headings. */
export const MESSAGE_DETAILS =
  /^\s*error message below:\s*$[\s\S]*^\s*message details:\s*$/im;

/** One recipient per `RCPT TO:` line, each with the quoted reply. */
export function readMessageDetails(notice: string): FoundRecipient[] {
  const reply = /^\s*error message below:\s*\n([\s\S]*?)^\s*message details:/im
    .exec(notice)?.[1]
    ?.trim();
  const summary = /^\s*error:\s*(.+)$/im.exec(notice)?.[1]?.trim() ?? '';
  const diagnostic = [reply, summary].filter(Boolean).join(' ');

  const envelope = [...notice.matchAll(/^\s*rcpt to:\s*(.+)$/gim)];
  return envelope.flatMap((m) =>
    addressesIn(m[1] ?? '').map((address) => {
      const found = blankRecipient(address);
      found.diagnostic = diagnostic;
      return found;
    }),
  );
}
