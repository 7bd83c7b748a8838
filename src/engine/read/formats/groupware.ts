/**
 * Readers for the notices of older groupware servers, whose layout the
 * address-block scan misreads: Exchange 2000/2003 quotes the original's
 * own To: line above the failures, and Lotus Notes writes the reason
 * before the address it belongs to.
 */
import { blankRecipient, type FoundRecipient } from '../types';
import { findAddressBlocks, recipientsFromBlocks } from './address-blocks';
import { addressesIn } from './text-tools';

const EXCHANGE_FAILURES = /did not reach the following recipient\(s\):?/i;

/** Exchange 2003: the failed recipients follow the summary sentence. */
export function readExchange2003(notice: string): FoundRecipient[] {
  const at = notice.search(EXCHANGE_FAILURES);
  // Above the sentence sits the original's header summary ("To: a@b"),
  // which names the addressee, not a failure.
  const failures = at < 0 ? notice : notice.slice(at).replace(/^.*\n/, '');
  return recipientsFromBlocks(findAddressBlocks(failures));
}

const NOTES_REASONS = /^\s*-+\s*failure reasons\s*-+\s*$/im;

/** Lotus Notes: "Failure Reasons", then the reason, then its address. */
export function readNotes(notice: string): FoundRecipient[] {
  const at = notice.search(NOTES_REASONS);
  if (at < 0) return [];
  const lines = notice.slice(at).split('\n').slice(1);
  const found: FoundRecipient[] = [];
  let reason: string[] = [];

  for (const line of lines) {
    if (/^\s*-{3,}/.test(line)) break;
    const address = addressesIn(line)[0];
    // A line that is only an address closes the reason above it.
    if (address && line.trim().replace(/[<>]/g, '') === address) {
      const recipient = blankRecipient(address);
      recipient.diagnostic = reason.join(' ').trim();
      found.push(recipient);
      reason = [];
    } else if (line.trim()) {
      reason.push(line.trim());
    }
  }
  return found;
}
