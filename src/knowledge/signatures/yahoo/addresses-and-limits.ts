/**
 * Yahoo and AOL replies about addresses and pace: an envelope domain
 * that does not resolve, unknown or disabled mailboxes, and the
 * per-connection and per-recipient rate limits.
 */
import type { Signature } from '../../schema';
import { YAHOO_SMTP_ERRORS } from './sources';

const UNRESOLVABLE = 'unresolvable\\s+RFC\\.?\\s*5321\\s+(?:from\\s+)?domain';
const unresolvableCauses: Signature['causes'] = [
  { cause: 'sender-domain-dns-broken', prior: 0.8 },
  { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
];

export const yahooAddressesAndLimits: readonly Signature[] = [
  {
    id: 'yahoo-451-unresolvable-from-domain',
    provider: 'yahoo',
    title: 'Yahoo 451: deferred due to unresolvable RFC.5321 from domain',
    match: {
      providers: ['yahoo'],
      replyCodes: ['451', '421'],
      text: [UNRESOLVABLE],
    },
    reason: 'rejected',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain',
    happening:
      'Yahoo looked up the domain in your envelope sender (MAIL FROM) and could not confirm that it exists in DNS, for example because it has no SOA record or the lookup failed. It is deferring the mail in case the DNS problem is passing.',
    causes: unresolvableCauses,
    fixes: ['make-yahoo-from-domain-resolvable'],
    prevent: [
      'Use an envelope sender on a real domain or subdomain that publishes MX or A records, never a made-up host name.',
    ],
    related: ['yahoo-554-unresolvable-from-domain'],
    sources: [YAHOO_SMTP_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'yahoo-554-unresolvable-from-domain',
    provider: 'yahoo',
    title: 'Yahoo 554: rejected, unresolvable RFC.5321 from domain',
    match: {
      providers: ['yahoo'],
      replyCodes: ['554', '550', '553'],
      text: [UNRESOLVABLE],
    },
    reason: 'rejected',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 Message not accepted due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain',
    happening:
      'The envelope sender domain does not resolve in DNS, and Yahoo refuses mail from a domain it cannot find. Subdomains used only as return-paths are a common case when nobody published records for them.',
    causes: unresolvableCauses,
    fixes: ['make-yahoo-from-domain-resolvable'],
    prevent: [
      'Monitor the DNS of every return-path domain, not only the main one.',
    ],
    related: ['yahoo-451-unresolvable-from-domain'],
    sources: [YAHOO_SMTP_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'yahoo-dd-user-unknown',
    provider: 'yahoo',
    title: "Yahoo 554 delivery error: dd This user doesn't have an account",
    match: {
      providers: ['yahoo'],
      replyCodes: ['554', '550', '552'],
      text: [
        'dd\\s+This\\s+user\\s+doesn\\S{0,6}t\\s+have\\s+an?\\s',
        'mailbox\\s+not\\s+found',
      ],
    },
    reason: 'userunknown',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example:
      "554 delivery error: dd This user doesn't have a yahoo.com account [0] - mta1001.mail.gq1.yahoo.com",
    happening:
      'There is no Yahoo or AOL mailbox with this address: it was mistyped, never existed, or was closed and removed.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.8 },
      { cause: 'stale-or-purchased-list', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Remove the address after the first such bounce and confirm new sign-ups by mail.',
    ],
    related: ['yahoo-mailbox-disabled', 'generic-user-unknown'],
    sources: [YAHOO_SMTP_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'yahoo-mailbox-disabled',
    provider: 'yahoo',
    title:
      'Yahoo/AOL 554: this mailbox is disabled (554.30) or no longer valid',
    match: {
      providers: ['yahoo'],
      replyCodes: ['554', '550'],
      text: [
        'This\\s+mailbox\\s+is\\s+disabled',
        'dd\\s+\\S+@\\S+\\s+is\\s+no\\s+longer\\s+valid',
      ],
    },
    reason: 'suspend',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example:
      '554 30 Sorry, your message to someone@example.com cannot be delivered. This mailbox is disabled (554.30).',
    happening:
      'The mailbox exists but has been switched off, usually after long disuse. Mail to it will keep bouncing.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.6 },
      { cause: 'stale-or-purchased-list', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'Stop mailing the address, and look at how long ago the rest of the list last engaged.',
    ],
    related: ['yahoo-dd-user-unknown', 'generic-user-unknown'],
    sources: [YAHOO_SMTP_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'yahoo-max-messages-per-connection',
    provider: 'yahoo',
    title: 'Yahoo 421: max message per connection reached',
    match: {
      providers: ['yahoo'],
      replyCodes: ['421', '451'],
      text: ['Max\\s+message\\s+per\\s+connection\\s+reached'],
    },
    reason: 'ratelimited',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      '421 Max message per connection reached, closing transmission channel',
    happening:
      'Your server sent more messages over one connection than Yahoo allows, so Yahoo closed it. The remaining messages are retried on a new connection; nothing is lost, it is only slower.',
    causes: [{ cause: 'sending-too-fast', prior: 1 }],
    fixes: ['throttle-yahoo-delivery'],
    prevent: [
      'Set a per-connection message limit for Yahoo and AOL hosts in your MTA below the point where this appears.',
    ],
    related: ['yahoo-receiving-too-quickly'],
    sources: [YAHOO_SMTP_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'yahoo-receiving-too-quickly',
    provider: 'yahoo',
    title: 'Yahoo 450: user is receiving mail too quickly',
    match: {
      providers: ['yahoo'],
      replyCodes: ['450', '451', '421'],
      text: ['receiving\\s+mail\\s+too\\s+quickly'],
    },
    reason: 'ratelimited',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      'host mta6.am0.yahoodns.net[192.0.2.77] said: 451 User is receiving mail too quickly (in reply to RCPT TO command)',
    happening:
      'One recipient is getting more mail in a short time than Yahoo allows. Later retries normally go through.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.7 },
      { cause: 'recipient-misconfigured-filter', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Look for loops or scripts that send many messages to the same address.',
    ],
    related: ['yahoo-max-messages-per-connection'],
    sources: [YAHOO_SMTP_ERRORS],
    confidence: 'hi',
  },
];
