/**
 * Every cause the knowledge base can name. Signatures, questions and fixes
 * refer to causes by these ids; `causes.ts` describes each one.
 */
export const CAUSE_IDS = [
  // Reputation: what the sender did or where it sends from.
  'cold-ip-volume-spike',
  'complaints-spam-traps',
  'shared-range-neighbours',
  'compromised-account-or-relay',
  'stale-or-purchased-list',
  'address-probing',
  'public-blocklist-listing',
  'dynamic-or-residential-ip',
  'sending-too-fast',
  // Set-up of the sending side.
  'authentication-failing',
  'forwarding-breaks-authentication',
  'reverse-dns-missing',
  'sender-domain-dns-broken',
  'tls-not-offered',
  'relay-or-submission-misconfigured',
  'malformed-message',
  'content-or-links-flagged',
  'message-too-large',
  // The recipient's side.
  'recipient-address-invalid',
  'recipient-mailbox-full',
  'recipient-policy',
  'recipient-server-unreachable',
  'recipient-misconfigured-filter',
  'greylisting',
] as const;

/** One of the causes the knowledge base can name. */
export type CauseId = (typeof CAUSE_IDS)[number];
