/**
 * iCloud Mail blocks that come from outside reputation data (Proofpoint,
 * Spamhaus), its volume deferral, and replies about the recipient.
 */
import type { Signature } from '../../schema';
import { ICLOUD_POSTMASTER } from './sources';

const PROOFPOINT_CHECK = {
  title: 'Proofpoint IP reputation check',
  url: 'https://ipcheck.proofpoint.com/',
};
const SPAMHAUS_CHECK = {
  title: 'Spamhaus IP and domain reputation checker',
  url: 'https://check.spamhaus.org/',
};

export const icloudBlocksAndRecipients: readonly Signature[] = [
  {
    id: 'icloud-proofpoint-block',
    provider: 'icloud',
    title:
      'iCloud 550 5.7.0: Blocked - see ipcheck.proofpoint.com (Proofpoint)',
    match: {
      providers: ['icloud'],
      replyCodes: ['550', '554'],
      text: [
        'Blocked\\s+-\\s+see\\s+https?://ipcheck\\.proofpoint\\.com',
        'support\\.proofpoint\\.com/dnsbl-lookup',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      'host mx01.mail.icloud.com[192.0.2.30] said: 550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1 (in reply to MAIL FROM command)',
    happening:
      "iCloud's inbound servers consult Proofpoint's reputation data, and Proofpoint rates the sending IP poorly. Removal goes through Proofpoint's own form, not through Apple.",
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.35 },
      { cause: 'shared-range-neighbours', prior: 0.25 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
    ],
    fixes: ['request-proofpoint-review', 'contact-icloud-postmaster'],
    prevent: [
      'Before moving mail to a new IP or hosting range, look it up at ipcheck.proofpoint.com.',
    ],
    related: ['proofpoint-reputation-block', 'icloud-cs01'],
    sources: [ICLOUD_POSTMASTER, PROOFPOINT_CHECK],
    confidence: 'hi',
  },
  {
    id: 'icloud-spamhaus-dbl',
    provider: 'icloud',
    title:
      'iCloud 550 5.7.1: rejected, a domain in the message is on Spamhaus DBL',
    match: {
      providers: ['icloud'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1'],
      text: ['domain\\s+present\\s+in\\s+the\\s+Spamhaus\\s+DBL'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
    happening:
      "A domain in the message (the sender's, or one in a link) is on Spamhaus's domain blocklist. The IP may be fine; it is the domain that has to be cleaned up or removed.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.6 },
      { cause: 'public-blocklist-listing', prior: 0.4 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Avoid shared link shorteners and look up every linked domain at Spamhaus before a campaign.',
    ],
    related: ['spamhaus-dbl-listing', 'icloud-spamhaus-sbl'],
    sources: [ICLOUD_POSTMASTER, SPAMHAUS_CHECK],
    confidence: 'hi',
  },
  {
    id: 'icloud-spamhaus-sbl',
    provider: 'icloud',
    title:
      'iCloud 550 5.7.1: mail from IP rejected due to listing in Spamhaus SBL',
    match: {
      providers: ['icloud'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1'],
      text: ['rejected\\s+due\\s+to\\s+listing\\s+in\\s+Spamhaus'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL. For details please see https://www.spamhaus.org/query/bl?ip=192.0.2.1',
    happening:
      'The sending IP is on the Spamhaus Block List, which Spamhaus keeps for sources it has verified as spam operations or their hosting. iCloud refuses it on that basis.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.6 },
      { cause: 'shared-range-neighbours', prior: 0.25 },
      { cause: 'compromised-account-or-relay', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Choose hosting whose ranges are not on Spamhaus lists, and check your IPs there regularly.',
    ],
    related: ['spamhaus-zen-listing', 'icloud-spamhaus-dbl'],
    sources: [ICLOUD_POSTMASTER, SPAMHAUS_CHECK],
    confidence: 'hi',
  },
  {
    id: 'icloud-excessive-volume',
    provider: 'icloud',
    title: 'iCloud 421 4.7.1: messages deferred due to excessive volume',
    match: {
      providers: ['icloud'],
      replyCodes: ['421', '450', '451'],
      text: ['deferred\\s+due\\s+to\\s+excessive\\s+volume'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.1 Messages to someone@example.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137',
    happening:
      'iCloud is limiting how fast it accepts your mail, for one recipient or overall, often when a large send lands all at once at the top of the hour. The retries will get through as the rate drops.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.6 },
      { cause: 'cold-ip-volume-spike', prior: 0.4 },
    ],
    fixes: ['throttle-icloud-delivery'],
    prevent: [
      'Spread large sends over time instead of starting them all on the hour.',
    ],
    related: ['icloud-cs01'],
    sources: [ICLOUD_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'icloud-inactive-address',
    provider: 'icloud',
    title: 'iCloud 550 5.1.1: inactive email address',
    match: {
      providers: ['icloud'],
      replyCodes: ['550'],
      statuses: ['5.1.1'],
      text: [
        'inactive\\s+email\\s+address',
        'unknown\\s+or\\s+illegal\\s+alias',
        'user\\s+does\\s+not\\s+exist',
      ],
    },
    reason: 'userunknown',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example: '550 5.1.1 <someone@example.com>: inactive email address',
    happening:
      'The iCloud address does not exist or is no longer in use, including Hide My Email aliases the owner has deactivated.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.8 },
      { cause: 'stale-or-purchased-list', prior: 0.2 },
    ],
    fixes: [],
    prevent: ['Remove the address after the first such bounce.'],
    related: ['icloud-moved', 'generic-user-unknown'],
    sources: [ICLOUD_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'icloud-over-quota',
    provider: 'icloud',
    title: 'iCloud 552 5.2.2: user is over quota',
    match: {
      providers: ['icloud'],
      replyCodes: ['552', '452'],
      statuses: ['5.2.2', '4.2.2'],
      text: ['user\\s+is\\s+over\\s+quota'],
    },
    reason: 'mailboxfull',
    severity: 'low',
    permanent: false,
    actor: 'recipient-admin',
    example:
      'host mx02.mail.icloud.com[192.0.2.31] said: 552 5.2.2 <someone@icloud.com>: user is over quota (in reply to RCPT TO command)',
    happening:
      "The recipient's iCloud storage is full. Your server will not retry a 552 by itself, but the same message can go through later once they free space.",
    causes: [{ cause: 'recipient-mailbox-full', prior: 1 }],
    fixes: [],
    prevent: ['If the address stays full for weeks, stop sending to it.'],
    related: ['generic-mailbox-full'],
    sources: [ICLOUD_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'icloud-moved',
    provider: 'icloud',
    title: 'iCloud 550 5.1.6: recipient no longer on server',
    match: {
      providers: ['icloud'],
      replyCodes: ['550'],
      statuses: ['5.1.6'],
      text: ['recipient\\s+no\\s+longer\\s+on\\s+server'],
    },
    reason: 'hasmoved',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example: '550 5.1.6 recipient no longer on server: someone@example.com',
    happening:
      'The address used to be hosted on iCloud but is not any more, so there is nowhere to deliver it.',
    causes: [{ cause: 'recipient-address-invalid', prior: 1 }],
    fixes: [],
    prevent: ['Remove the address or ask the person for their new one.'],
    related: ['icloud-inactive-address', 'generic-user-unknown'],
    sources: [ICLOUD_POSTMASTER],
    confidence: 'med',
  },
];
