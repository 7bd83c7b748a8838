/**
 * Spamhaus rejections, most specific first: the receiver's own lookup
 * error, then the PBL and DBL, then any other ZEN listing.
 */
import type { Signature } from '../../schema';

/** Any permanent or temporary status; an exact 5.7.1 scores higher. */
const LISTING_STATUSES = ['5.7.1', '5.0.0-5.9.999', '4.0.0-4.9.999'];
const LISTING_REPLIES = ['421', '450', '451', '521', '550', '553', '554'];

const SPAMHAUS_CHECK = {
  title: 'Spamhaus IP and domain reputation checker',
  url: 'https://check.spamhaus.org/',
};
const SPAMHAUS_FAQ = {
  title: 'Spamhaus FAQ: DNSBL usage',
  url: 'https://www.spamhaus.org/faq/section/DNSBL%20Usage',
};

export const spamhausSignatures: readonly Signature[] = [
  {
    id: 'spamhaus-open-resolver',
    provider: 'blocklist',
    title:
      "554 5.7.1 Spamhaus 'open resolver' error: the receiver's lookup failed",
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: [
        'open resolver',
        'spamhaus\\.org/returnc',
        '127\\.255\\.255\\.25[2-5]',
      ],
    },
    reason: 'blocked',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/203.0.113.53/',
    happening:
      'This is not a listing of your address. The receiving server asked Spamhaus through a large public DNS service, which Spamhaus does not answer; it got an error code back and wrongly treated it as "listed". It is rejecting mail from everyone, not only from you.',
    causes: [{ cause: 'recipient-misconfigured-filter', prior: 1 }],
    fixes: ['tell-recipient-admin-dnsbl-resolver'],
    prevent: [
      'Nothing to change on your side; if it recurs with the same recipient, remind their admin of the resolver setting.',
    ],
    related: ['spamhaus-zen-listing'],
    sources: [
      SPAMHAUS_CHECK,
      {
        title:
          'Spamhaus: check your return codes when using the public mirrors',
        url: 'https://www.spamhaus.org/news/article/807/using-our-public-mirrors-check-your-return-codes-now',
      },
    ],
    confidence: 'hi',
  },
  {
    id: 'spamhaus-pbl-listing',
    provider: 'blocklist',
    title:
      '554 5.7.1 Blocked using Spamhaus PBL: address should not send direct',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: [
        'pbl\\.spamhaus\\.org',
        'spamhaus\\.org/pbl',
        'spamhaus pbl',
        '127\\.0\\.0\\.1[01]\\b',
      ],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
    happening:
      "The Policy Block List names address ranges that their owner (an ISP, or Spamhaus on its behalf) says should not deliver mail straight to other servers, such as home and dynamic connections. It does not accuse you of spam: mail from these ranges is meant to go through the provider's own mail server.",
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.6 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.4 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Send through your ISP or mail provider (a smarthost), or run the mail server on a static address with reverse DNS that names it.',
    ],
    related: ['spamhaus-zen-listing', 'generic-dynamic-ip'],
    sources: [SPAMHAUS_CHECK, SPAMHAUS_FAQ],
    undocumented:
      'A rejection that names only zen.spamhaus.org does not say whether the PBL or another Spamhaus list matched; the lookup at check.spamhaus.org does.',
    confidence: 'hi',
  },
  {
    // Sisimai reads a listed sender domain as `rejected` (the envelope
    // sender was refused), so this entry follows it rather than `blocked`.
    id: 'spamhaus-dbl-listing',
    provider: 'blocklist',
    title: '554 5.7.1 Domain listed in the Spamhaus DBL (sender, HELO or link)',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: [
        'dbl\\.spamhaus\\.org',
        'spamhaus dbl',
        'domain (?:is )?(?:listed|present) in (?:the )?spamhaus',
        'spamhaus\\.org/query/(?:dbl|domain|lookup)',
      ],
    },
    reason: 'rejected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 <kijitora@example.com>: Sender address rejected: rejected using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com',
    happening:
      'Spamhaus lists a domain tied to the message in its Domain Block List: your sending domain, the name your server greets with, or a domain linked in the body. The receiver refuses anything that carries it.',
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.45 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'public-blocklist-listing', prior: 0.3 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Link only to your own domains and reputable sites, and avoid shorteners whose domains are shared with spammers.',
      'Secure the website behind your domain; hacked sites are a common reason for a domain listing.',
    ],
    related: ['spamhaus-zen-listing'],
    sources: [SPAMHAUS_CHECK, SPAMHAUS_FAQ],
    confidence: 'hi',
  },
  {
    id: 'spamhaus-zen-listing',
    provider: 'blocklist',
    title:
      '554 5.7.1 Client host blocked using zen.spamhaus.org (SBL, XBL, CSS)',
    match: {
      replyCodes: LISTING_REPLIES,
      statuses: LISTING_STATUSES,
      text: [
        'zen\\.spamhaus\\.org',
        '(?:sbl|xbl|sbl-xbl)\\.spamhaus\\.org',
        'spamhaus\\.org/(?:query/ip|sbl|xbl)',
        'spamhaus (?:sbl|xbl|css|zen)',
        "listed (?:in|on|at|by) (?:the )?spamhaus|in spamhaus's list",
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
    happening:
      'Your sending address is on one of the Spamhaus lists combined in ZEN: the SBL (a known spam source), the XBL (a machine infected or abused by malware) or the CSS (low-volume spam spread over many addresses). Many servers refuse such addresses outright, so this usually affects more than one recipient.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.1 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Patch and scan every machine that can send through your network, and close open relays and proxies.',
      'Limit outgoing mail per account and alert on sudden spikes.',
    ],
    related: [
      'spamhaus-pbl-listing',
      'spamhaus-dbl-listing',
      'spamhaus-open-resolver',
    ],
    sources: [SPAMHAUS_CHECK, SPAMHAUS_FAQ],
    confidence: 'hi',
  },
];
