/**
 * RFC 5965 feedback reports (ARF): a complaint or opt-out forwarded by a
 * mailbox provider. The recipients are the complaining addresses.
 */
import {
  headerValue,
  headerValues,
  parseContentType,
  parseHeaders,
} from '../mime/headers';
import type { Decoded, FormatDecoder, OpenedMessage } from '../types';
import { blankRecipient } from '../types';
import { addressesIn, splitAtOriginal } from './text-tools';

// Microsoft's junk-mail reporting programme forwards the reported message
// whole, marked with the address that complained, and no report part.
// Most originals lack the field; one search says so before any parsing.
const COMPLAINANT_FIELD = /x-hmxmroriginalrecipient:/i;

function microsoftComplainant(message: OpenedMessage): string | null {
  if (!message.original || !COMPLAINANT_FIELD.test(message.original)) {
    return null;
  }
  const head = parseHeaders(message.original);
  return headerValue(head, 'x-hmxmroriginalrecipient');
}

function isFeedback(message: OpenedMessage): boolean {
  if (message.feedbackReport) return true;
  if (microsoftComplainant(message) !== null) return true;
  const type = parseContentType(headerValue(message.headers, 'content-type'));
  return type.params['report-type']?.toLowerCase() === 'feedback-report';
}

function decode(message: OpenedMessage): Decoded | null {
  if (!isFeedback(message)) return null;
  const report = parseHeaders(
    (message.feedbackReport ?? '').replace(/\n\s*\n/g, '\n'),
  );
  const feedbackType = (
    headerValue(report, 'feedback-type') ?? 'abuse'
  ).toLowerCase();
  const original = message.original ?? splitAtOriginal(message.notice).original;

  const named = [
    microsoftComplainant(message) ?? '',
    ...headerValues(report, 'original-rcpt-to'),
    ...headerValues(report, 'removal-recipient'),
  ].flatMap(addressesIn);
  const fallback = addressesIn(
    headerValue(parseHeaders(original ?? ''), 'to') ?? '',
  );
  const addresses = named.length > 0 ? named : fallback.slice(0, 1);

  const recipients = (addresses.length > 0 ? addresses : [null]).map(
    (address) => {
      const found = blankRecipient(address);
      found.feedbackType = feedbackType;
      found.reason = 'feedback';
      found.diagnostic = message.notice
        .trim()
        .split('\n')
        .slice(0, 3)
        .join(' ');
      return found;
    },
  );
  return {
    format: 'arf',
    kind: 'feedback',
    recipients,
    reportingMta: headerValue(report, 'reporting-mta'),
    original,
  };
}

/** Decoder for ARF feedback reports. */
export const arf: FormatDecoder = { id: 'arf', decode };
