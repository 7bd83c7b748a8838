/**
 * Decides one recipient's reason from everything known about it: an
 * explicit verdict from the format, the provider's own meaning, the
 * status code, the SMTP command and the server's words, in that order.
 */
import type { Reason } from '../../../knowledge/vocabulary';
import { providerReason } from './overrides';
import { reasonWords, type ReasonWords } from './patterns';
import { reasonOfStatus } from './status-table';

/** What the reason decision looks at. */
export interface ReasonInput {
  explicit: Reason | null;
  status: string | null;
  replyCode: string | null;
  command: string | null;
  action: string | null;
  diagnosticType: string | null;
  diagnostic: string;
  provider: string | null;
  tag: string | null;
}

// Statuses that name a reason only loosely; the words decide instead.
const LOOSE = new Set<Reason>([
  'securityerror',
  'systemerror',
  'networkerror',
  'expired',
  'userunknown',
  'hostunknown',
]);

// First pass: reasons a status or the words can confirm, most specific first.
const CONFIRMABLE: Reason[] = [
  'mailboxfull',
  'emailtoolarge',
  'exceedlimit',
  'suspend',
  'hasmoved',
  'norelaying',
  'authfailure',
  'userunknown',
  'filtered',
  'requireptr',
  'notcompliantrfc',
  'badreputation',
  'contenterror',
  'rejected',
  'hostunknown',
  'spamdetected',
  'ratelimited',
  'blocked',
];

// Second pass: words alone, when the status said nothing firm.
const BY_WORDS: Reason[] = [
  'mailboxfull',
  'authfailure',
  'badreputation',
  'ratelimited',
  'spamdetected',
  'virusdetected',
  'policyviolation',
  'norelaying',
  'systemerror',
  'networkerror',
  'suspend',
  'contenterror',
  'systemfull',
  'notaccept',
  'expired',
  'failedstarttls',
  'securityerror',
  'suppressed',
  'mailererror',
];

const BEFORE_DATA = new Set([
  'CONN',
  'HELO',
  'MAIL',
  'RCPT',
  'STARTTLS',
  'AUTH',
]);

/** The reason for one recipient, in Sisimai's vocabulary. */
export function decideReason(input: ReasonInput): Reason {
  if (input.explicit) return input.explicit;
  if (input.status?.startsWith('2.') || input.action === 'delivered')
    return 'delivered';
  const words = reasonWords(input.diagnostic.toLowerCase());

  const special = providerReason(input, words.text);
  if (special) return special;

  return refusedSender(input, transient(input.status, judge(input, words)));
}

// Refused at MAIL FROM, "unknown" and "no such domain" speak of the
// sender's address, not the recipient's.
const ABOUT_AN_ADDRESS = new Set<Reason>([
  'userunknown',
  'hostunknown',
  'filtered',
]);

function refusedSender(input: ReasonInput, reason: Reason): Reason {
  return input.command === 'MAIL' && ABOUT_AN_ADDRESS.has(reason)
    ? 'rejected'
    : reason;
}

function judge(input: ReasonInput, words: ReasonWords): Reason {
  const byStatus = reasonOfStatus(input.status);
  if (!input.diagnosticType || input.diagnosticType === 'SMTP') {
    for (const reason of CONFIRMABLE) {
      if (confirms(reason, input, byStatus, words)) return reason;
    }
  }
  return fallback(input, byStatus, words);
}

/** A name lookup that failed for now is a network fault, not a lost host. */
function transient(status: string | null, reason: Reason): Reason {
  return reason === 'hostunknown' && status?.startsWith('4.')
    ? 'networkerror'
    : reason;
}

function confirms(
  reason: Reason,
  input: ReasonInput,
  byStatus: Reason | null,
  words: ReasonWords,
): boolean {
  if (reason === 'userunknown')
    return confirmsUserUnknown(input, byStatus, words);
  if (reason === 'filtered') return confirmsFiltered(input, byStatus, words);
  if (byStatus === reason) return true;
  return words.says(reason);
}

function confirmsUserUnknown(
  input: ReasonInput,
  byStatus: Reason | null,
  words: ReasonWords,
): boolean {
  if (byStatus === 'userunknown') {
    const other = [
      'blocked',
      'mailboxfull',
      'hasmoved',
      'rejected',
      'notaccept',
    ] as const;
    return !other.some((r) => words.says(r) && !words.says('userunknown'));
  }
  // Without a status that says so, only a refusal at RCPT names the
  // address itself; after DATA the same words come from a filter.
  return input.command === 'RCPT' && words.says('userunknown');
}

function confirmsFiltered(
  input: ReasonInput,
  byStatus: Reason | null,
  words: ReasonWords,
): boolean {
  // A refused sender is not a filtered recipient.
  if (words.says('rejected')) return false;
  const named = words.says('filtered') || words.says('userunknown');
  if (byStatus === 'filtered') return named;
  if (input.command && BEFORE_DATA.has(input.command)) return false;
  return named;
}

function fallback(
  input: ReasonInput,
  byStatus: Reason | null,
  words: ReasonWords,
): Reason {
  if (
    !byStatus ||
    LOOSE.has(byStatus) ||
    (input.diagnosticType && input.diagnosticType !== 'SMTP')
  ) {
    for (const reason of BY_WORDS) if (words.says(reason)) return reason;
    // A local program's exit is a mailer error whatever status it maps to.
    if (input.diagnosticType?.startsWith('X-UNIX')) return 'mailererror';
    if (byStatus) return byStatus;
    if (words.says('syntaxerror')) return 'syntaxerror';
    if (input.action === 'delayed') return 'expired';
    if (input.command === 'HELO' || input.command === 'CONN') return 'blocked';
  }
  if (byStatus) return byStatus;
  if (words.says('vacation')) return 'vacation';
  return words.text.trim() ? 'onhold' : 'undefined';
}
