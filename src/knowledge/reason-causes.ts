/**
 * The causes to weigh when no signature matches a bounce: one generic
 * set per reason, with priors that reflect how often each cause is
 * behind that reason in practice. They are rough by nature; a signature
 * always knows better.
 */
import type { CauseId } from './causes-ids';
import type { Reason } from './vocabulary';

/** A cause and its weight before any question is answered. */
export interface CausePrior {
  cause: CauseId;
  prior: number;
}

export const reasonCauses: Record<Reason, readonly CausePrior[]> = {
  authfailure: [
    { cause: 'authentication-failing', prior: 0.6 },
    { cause: 'forwarding-breaks-authentication', prior: 0.2 },
    { cause: 'sender-domain-dns-broken', prior: 0.2 },
  ],
  badreputation: [
    { cause: 'complaints-spam-traps', prior: 0.3 },
    { cause: 'cold-ip-volume-spike', prior: 0.25 },
    { cause: 'shared-range-neighbours', prior: 0.2 },
    { cause: 'stale-or-purchased-list', prior: 0.15 },
    { cause: 'compromised-account-or-relay', prior: 0.1 },
  ],
  blocked: [
    { cause: 'public-blocklist-listing', prior: 0.3 },
    { cause: 'complaints-spam-traps', prior: 0.15 },
    { cause: 'cold-ip-volume-spike', prior: 0.15 },
    { cause: 'dynamic-or-residential-ip', prior: 0.15 },
    { cause: 'shared-range-neighbours', prior: 0.1 },
    { cause: 'reverse-dns-missing', prior: 0.1 },
    { cause: 'compromised-account-or-relay', prior: 0.05 },
  ],
  contenterror: [
    { cause: 'malformed-message', prior: 0.6 },
    { cause: 'content-or-links-flagged', prior: 0.4 },
  ],
  // A delivery notice reports success; pasted anyway, it usually means
  // "it arrived but was not seen", which is a spam-folder question.
  delivered: [
    { cause: 'content-or-links-flagged', prior: 0.4 },
    { cause: 'authentication-failing', prior: 0.3 },
    { cause: 'complaints-spam-traps', prior: 0.3 },
  ],
  emailtoolarge: [{ cause: 'message-too-large', prior: 1 }],
  exceedlimit: [
    { cause: 'message-too-large', prior: 0.8 },
    { cause: 'recipient-mailbox-full', prior: 0.2 },
  ],
  expired: [
    { cause: 'recipient-server-unreachable', prior: 0.5 },
    { cause: 'greylisting', prior: 0.2 },
    { cause: 'sending-too-fast', prior: 0.15 },
    { cause: 'cold-ip-volume-spike', prior: 0.15 },
  ],
  failedstarttls: [
    { cause: 'tls-not-offered', prior: 0.8 },
    { cause: 'recipient-misconfigured-filter', prior: 0.2 },
  ],
  feedback: [
    { cause: 'complaints-spam-traps', prior: 0.6 },
    { cause: 'stale-or-purchased-list', prior: 0.25 },
    { cause: 'compromised-account-or-relay', prior: 0.15 },
  ],
  filtered: [
    { cause: 'recipient-policy', prior: 0.45 },
    { cause: 'content-or-links-flagged', prior: 0.35 },
    { cause: 'recipient-address-invalid', prior: 0.2 },
  ],
  hasmoved: [{ cause: 'recipient-address-invalid', prior: 1 }],
  hostunknown: [
    { cause: 'recipient-address-invalid', prior: 0.7 },
    { cause: 'recipient-server-unreachable', prior: 0.3 },
  ],
  mailboxfull: [{ cause: 'recipient-mailbox-full', prior: 1 }],
  mailererror: [
    { cause: 'recipient-misconfigured-filter', prior: 0.5 },
    { cause: 'recipient-server-unreachable', prior: 0.5 },
  ],
  networkerror: [
    { cause: 'recipient-server-unreachable', prior: 0.7 },
    { cause: 'sender-domain-dns-broken', prior: 0.15 },
    { cause: 'recipient-misconfigured-filter', prior: 0.15 },
  ],
  norelaying: [
    { cause: 'relay-or-submission-misconfigured', prior: 0.8 },
    { cause: 'recipient-address-invalid', prior: 0.2 },
  ],
  notaccept: [
    { cause: 'recipient-server-unreachable', prior: 0.6 },
    { cause: 'recipient-policy', prior: 0.4 },
  ],
  notcompliantrfc: [{ cause: 'malformed-message', prior: 1 }],
  onhold: [
    { cause: 'recipient-server-unreachable', prior: 0.5 },
    { cause: 'recipient-misconfigured-filter', prior: 0.5 },
  ],
  policyviolation: [
    { cause: 'recipient-policy', prior: 0.5 },
    { cause: 'content-or-links-flagged', prior: 0.3 },
    { cause: 'authentication-failing', prior: 0.2 },
  ],
  ratelimited: [
    { cause: 'sending-too-fast', prior: 0.45 },
    { cause: 'cold-ip-volume-spike', prior: 0.35 },
    { cause: 'complaints-spam-traps', prior: 0.2 },
  ],
  rejected: [
    { cause: 'sender-domain-dns-broken', prior: 0.35 },
    { cause: 'authentication-failing', prior: 0.25 },
    { cause: 'recipient-policy', prior: 0.25 },
    { cause: 'public-blocklist-listing', prior: 0.15 },
  ],
  requireptr: [
    { cause: 'reverse-dns-missing', prior: 0.8 },
    { cause: 'dynamic-or-residential-ip', prior: 0.2 },
  ],
  securityerror: [
    { cause: 'relay-or-submission-misconfigured', prior: 0.5 },
    { cause: 'tls-not-offered', prior: 0.3 },
    { cause: 'compromised-account-or-relay', prior: 0.2 },
  ],
  spamdetected: [
    { cause: 'content-or-links-flagged', prior: 0.5 },
    { cause: 'complaints-spam-traps', prior: 0.3 },
    { cause: 'stale-or-purchased-list', prior: 0.2 },
  ],
  // An earlier bounce or complaint put the address on a suppression list.
  suppressed: [
    { cause: 'recipient-address-invalid', prior: 0.6 },
    { cause: 'complaints-spam-traps', prior: 0.4 },
  ],
  suspend: [
    { cause: 'recipient-address-invalid', prior: 0.8 },
    { cause: 'recipient-policy', prior: 0.2 },
  ],
  syntaxerror: [
    { cause: 'malformed-message', prior: 0.5 },
    { cause: 'relay-or-submission-misconfigured', prior: 0.5 },
  ],
  systemerror: [
    { cause: 'recipient-misconfigured-filter', prior: 0.5 },
    { cause: 'recipient-server-unreachable', prior: 0.5 },
  ],
  systemfull: [
    { cause: 'recipient-server-unreachable', prior: 0.6 },
    { cause: 'recipient-mailbox-full', prior: 0.4 },
  ],
  undefined: [
    { cause: 'authentication-failing', prior: 0.2 },
    { cause: 'public-blocklist-listing', prior: 0.2 },
    { cause: 'content-or-links-flagged', prior: 0.2 },
    { cause: 'recipient-address-invalid', prior: 0.2 },
    { cause: 'recipient-policy', prior: 0.2 },
  ],
  userunknown: [
    { cause: 'recipient-address-invalid', prior: 0.75 },
    { cause: 'stale-or-purchased-list', prior: 0.2 },
    { cause: 'address-probing', prior: 0.05 },
  ],
  // An out-of-office reply is not a failure; nothing on the sending side
  // needs fixing, so the only cause is the recipient's own setting.
  vacation: [{ cause: 'recipient-policy', prior: 1 }],
  virusdetected: [
    { cause: 'content-or-links-flagged', prior: 0.6 },
    { cause: 'compromised-account-or-relay', prior: 0.4 },
  ],
};
