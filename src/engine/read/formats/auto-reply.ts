/**
 * RFC 3834 automatic replies: out-of-office and other auto-responders.
 * They are not bounces, but people paste them as if they were.
 */
import { headerValue } from '../mime/headers';
import type { Decoded, FormatDecoder, OpenedMessage } from '../types';
import { blankRecipient } from '../types';
import { addressesIn } from './text-tools';
import { collapseSpaces } from '../../text/spaces';

const AUTO_SUBJECT =
  /^\s*(?:auto(?:matic)?[ _-]?(?:reply|response|respons|antwort)|out of (?:the )?office|away\b|on vacation|vacation|abwesen|absence|r[ée]ponse automatique|自動応答)/i;

// Delivery software marks its own bounces auto-replied too (Exim does).
const BOUNCE_WORDS =
  /mailer-daemon|postmaster|undeliver|deliver(?:y|ed)|failure|failed|returned|bounce|unzustellbar|non remis|エラー/i;

// Words that turn an auto-reply into news of a closed or moved mailbox.
const GONE =
  /no longer (?:in use|active|valid|with|at|monitored)|(?:account|mailbox|address) (?:has been |is )?(?:closed|disabled|deactivated|suspended)|has (?:left|moved)/;

function isAutoReply(message: OpenedMessage): boolean {
  if (BOUNCE_WORDS.test(`${message.subject} ${message.from}`)) return false;
  if (headerValue(message.headers, 'x-failed-recipients') !== null)
    return false;
  const submitted = headerValue(message.headers, 'auto-submitted') ?? '';
  if (/auto-replied/i.test(submitted)) return true;
  if (headerValue(message.headers, 'x-autoreply') !== null) return true;
  if (headerValue(message.headers, 'x-autorespond') !== null) return true;
  return AUTO_SUBJECT.test(message.subject);
}

// Apple Mail's one-click unsubscribe arrives as an auto-reply, but it is
// the recipient opting out: feedback, not an absence.
function isUnsubscribe(message: OpenedMessage): boolean {
  const apple = headerValue(message.headers, 'x-apple-unsubscribe') ?? '';
  return (
    /^\s*true\b/i.test(apple) || /^\s*unsubscribe\s*$/i.test(message.subject)
  );
}

function decode(message: OpenedMessage): Decoded | null {
  if (message.deliveryStatus || !isAutoReply(message)) return null;
  const found = blankRecipient(addressesIn(message.from)[0] ?? null);
  found.diagnostic = collapseSpaces(message.notice.trim()).slice(0, 300);
  const optOut = isUnsubscribe(message);
  if (optOut) {
    found.reason = 'feedback';
    found.feedbackType = 'opt-out';
  } else if (!GONE.test(found.diagnostic.toLowerCase())) {
    // An auto-reply is an absence unless it says the mailbox is gone.
    found.reason = 'vacation';
  }
  return {
    format: 'rfc3834',
    kind: optOut ? 'feedback' : 'auto-reply',
    recipients: [found],
    reportingMta: null,
    original: message.original,
  };
}

/** Decoder for RFC 3834 automatic replies. */
export const autoReply: FormatDecoder = { id: 'rfc3834', decode };
