/**
 * Public blocklists other than Spamhaus, and a last entry for any list
 * this knowledge base does not name.
 */
import type { Signature } from '../../schema';

/** Any permanent or temporary status; an exact 5.7.1 scores higher. */
const LISTING_STATUSES = ['5.7.1', '5.0.0-5.9.999', '4.0.0-4.9.999'];
const LISTING_REPLIES = ['421', '450', '451', '521', '550', '553', '554'];

const DNSBL_RFC = {
  title: 'RFC 5782: DNS blacklists and whitelists',
  url: 'https://www.rfc-editor.org/rfc/rfc5782',
};

export const otherListSignatures: readonly Signature[] = [
  {
    id: 'spamcop-listing',
    provider: 'blocklist',
    title: '554 5.7.1 Blocked using bl.spamcop.net: SpamCop listing',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: ['bl\\.spamcop\\.net', 'spamcop\\.net/bl', 'spamcop\\.net/w3m'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1',
    happening:
      'People who received mail from your address reported it as spam to SpamCop, or it reached SpamCop trap addresses. The list is driven entirely by recent reports.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.5 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'stale-or-purchased-list', prior: 0.2 },
    ],
    fixes: ['wait-for-spamcop-expiry'],
    prevent: [
      'Make unsubscribing easy and honour it at once; a hidden or broken unsubscribe link turns readers into reporters.',
    ],
    related: ['other-dnsbl-listing'],
    sources: [
      {
        title: 'SpamCop Blocking List',
        url: 'https://www.spamcop.net/bl.shtml',
      },
    ],
    confidence: 'hi',
  },
  {
    id: 'barracuda-brbl-listing',
    provider: 'blocklist',
    title: '554 Client host blocked using Barracuda Reputation (BRBL)',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: [
        'barracuda reputation',
        'b\\.barracudacentral\\.org',
        'barracudanetworks\\.com/reputation',
        'barracudacentral\\.org/(?:rbl|lookups)',
      ],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.1',
    happening:
      "Barracuda's public reputation list rates your sending address as poor. Barracuda appliances and many other servers that query the list refuse the connection.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'dynamic-or-residential-ip', prior: 0.1 },
    ],
    fixes: ['request-barracuda-removal'],
    prevent: [
      'Check the address at Barracuda Central after any incident and before big mailings.',
    ],
    related: ['barracuda-message-blocked', 'other-dnsbl-listing'],
    sources: [
      {
        title: 'Barracuda Central reputation lookup',
        url: 'https://www.barracudacentral.org/lookups/lookup-reputation',
      },
      {
        title: 'Barracuda Reputation Block List removal request',
        url: 'https://www.barracudacentral.org/rbl/removal-request',
      },
    ],
    undocumented:
      'Receivers that query the list through a shared public resolver can hit lookup limits and reject wrongly; the lookup page shows whether you are really listed.',
    confidence: 'hi',
  },
  {
    id: 'uceprotect-listing',
    provider: 'blocklist',
    title: '553 Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1, 2 or 3',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: ['uceprotect'],
    },
    reason: 'blocked',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '553 Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See: http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1',
    happening:
      "UCEPROTECT has three levels. Level 1 lists this one address after spam was seen from it. Level 2 lists a whole block of neighbouring addresses and level 3 a provider's entire network, so a level 2 or 3 hit usually says nothing about your own mail and is not something you caused or can clear.",
    causes: [
      { cause: 'shared-range-neighbours', prior: 0.5 },
      { cause: 'public-blocklist-listing', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
    ],
    fixes: ['handle-uceprotect-listing'],
    prevent: [
      'Choose hosting whose network has a good abuse record; level 2 and 3 listings follow the neighbours, not you.',
    ],
    related: ['other-dnsbl-listing'],
    sources: [
      {
        title: 'UCEPROTECT blacklist check',
        url: 'https://www.uceprotect.net/en/rblcheck.php',
      },
    ],
    undocumented:
      'Level 1 entries expire on their own; UCEPROTECT also offers paid early removal, which critics describe as pay-to-delist. Major mailbox providers do not use this list.',
    confidence: 'hi',
  },
  {
    id: 'sorbs-listing',
    provider: 'blocklist',
    title: '554 5.7.1 Blocked using dnsbl.sorbs.net: SORBS listing',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: ['sorbs\\.net', '\\bsorbs\\b'],
    },
    reason: 'blocked',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dnsbl.sorbs.net',
    happening:
      'The receiving server rejected your address because a SORBS zone named it. SORBS listed spam sources, open relays and proxies, and dynamic ranges.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'dynamic-or-residential-ip', prior: 0.3 },
      { cause: 'recipient-misconfigured-filter', prior: 0.3 },
    ],
    fixes: ['check-ip-on-blocklists'],
    prevent: [
      'Keep relays and proxies closed, and send from a static address with proper reverse DNS.',
    ],
    related: ['other-dnsbl-listing'],
    sources: [DNSBL_RFC],
    undocumented:
      'The current state of SORBS was not checked against an official source here. Press reports say Proofpoint shut it down in June 2024; if so, a SORBS rejection today comes from a receiver still querying a stale zone, and only their admin can fix it.',
    confidence: 'low',
  },
  {
    id: 'cloudmark-csi-listing',
    provider: 'blocklist',
    title: '550 Poor reputation at Cloudmark Sender Intelligence (CSI)',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: ['csi\\.cloudmark\\.com', 'cloudmark'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 Mail from 192.0.2.1 refused: poor sender reputation; see https://csi.cloudmark.com/reset-request/?ip=192.0.2.1',
    happening:
      'Cloudmark scores sending addresses from what its customers (several large mailbox providers and gateways) see. Your address scored poorly, so servers using Cloudmark refuse it.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
    ],
    fixes: ['request-cloudmark-reset'],
    prevent: [
      'Keep complaints low: clear opt-in, an easy unsubscribe, and no mail to addresses that stopped responding long ago.',
    ],
    related: ['proofpoint-cloudmark-block', 'other-dnsbl-listing'],
    sources: [
      {
        title: 'Cloudmark Sender Intelligence reset request',
        url: 'https://csi.cloudmark.com/reset-request/',
      },
    ],
    confidence: 'hi',
  },
  {
    id: 'other-dnsbl-listing',
    provider: 'blocklist',
    title:
      '554 5.7.1 Client host blocked using a DNS blocklist (RBL) not named here',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: ['5.0.0-5.9.999', '4.0.0-4.9.999'],
      text: [
        'blocked using ',
        'blacklisted (?:by|at|on|in)\\b',
        '\\b(?:dns)?rbl\\b',
        'is in a black ?list',
        'listed (?:in|on|at|by) (?:an? |the )?[\\w.-]*(?:rbl|dnsbl|block ?list|black ?list)',
        '(?:ip|address) (?:is )?(?:black|block)listed',
      ],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 <mail.example.com[192.0.2.1]>: Client host rejected: blocked using rbl.example.net; see https://rbl.example.net/lookup?ip=192.0.2.1',
    happening:
      "The receiving server checked your sending address against a DNS blocklist and found it there. The bounce names the list (or the receiver's own list), which tells you where to look it up.",
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
    ],
    fixes: ['check-ip-on-blocklists'],
    prevent: [
      'Check your sending addresses against the common blocklists regularly, so you hear of a listing before your recipients do.',
    ],
    related: [
      'spamhaus-zen-listing',
      'spamcop-listing',
      'barracuda-brbl-listing',
    ],
    sources: [DNSBL_RFC],
    confidence: 'med',
  },
];
