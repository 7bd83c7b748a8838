/**
 * Generic refusals aimed at the sender's address or pace: a rejected
 * envelope sender, greylisting and rate limits.
 */
import type { Signature } from '../../schema';

const RFC5321 = {
  title: 'RFC 5321: Simple Mail Transfer Protocol',
  url: 'https://www.rfc-editor.org/rfc/rfc5321',
};

export const genericSenderPolicySignatures: readonly Signature[] = [
  {
    id: 'generic-sender-rejected',
    provider: 'generic',
    title: '553 5.1.8 Sender address rejected: domain of sender does not exist',
    match: {
      text: [
        'sender address rejected',
        'domain of sender address .* does not exist',
        'sender (?:verify failed|rejected|domain (?:is empty|must exist|not found))',
        'invalid sender',
        'unroutable sender address',
        'sender (?:address )?(?:is in my black ?list|has been blacklisted)',
        'null sender is not allowed',
      ],
    },
    reason: 'rejected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '553 5.1.8 <sender@example.com>... Domain of sender address sender@example.com does not exist',
    happening:
      "The receiver refused the envelope sender address (the bounce address your server gives in MAIL FROM), not the recipient. Often that address's domain does not resolve, as with a server that sends as root@ its own internal host name.",
    causes: [
      { cause: 'sender-domain-dns-broken', prior: 0.5 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.3 },
      { cause: 'recipient-policy', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Give servers and scripts a real envelope sender on a domain with working DNS (MX or A records).',
    ],
    related: ['spamhaus-dbl-listing'],
    sources: [RFC5321],
    confidence: 'hi',
  },
  {
    // Sisimai has no greylisting reason (it reads one wording as spam);
    // greylisting is a delay, not a verdict, so it is filed as `blocked`,
    // the reason Sisimai gives status 4.7.1.
    id: 'generic-greylisted',
    provider: 'generic',
    title: '450 4.2.0 Recipient address rejected: Greylisted, try again later',
    match: { text: ['gr[ae]ylist', 'postgrey'] },
    reason: 'blocked',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      '450 4.2.0 <kijitora@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html',
    happening:
      'The receiver turns away the first attempt from a sender it has not seen before and accepts a retry after a few minutes. Normal mail servers retry on their own; the message is only delayed.',
    causes: [
      { cause: 'greylisting', prior: 0.9 },
      { cause: 'recipient-misconfigured-filter', prior: 0.1 },
    ],
    fixes: [],
    prevent: [
      'Let your server retry for hours, not minutes, and retry from the same address; services that rotate addresses on each try can be delayed for a long time.',
    ],
    related: ['mimecast-greylist-unavailable', 'barracuda-greylisted'],
    sources: [
      {
        title: 'RFC 6647: email greylisting',
        url: 'https://www.rfc-editor.org/rfc/rfc6647',
      },
    ],
    confidence: 'hi',
  },
  {
    id: 'generic-rate-limited',
    provider: 'generic',
    title: '452 4.5.3 Too many recipients or connections: sending rate limited',
    match: {
      text: [
        'too many (?:recipients|connections|messages|sessions|smtp sessions)',
        '\\brate limit',
        'at a rate that prevents',
        'try again slower',
        'throttl(?:ed|ing)',
        'max emails per hour',
        'too many errors from your ip',
      ],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example: '452 4.5.3 Error: too many recipients',
    happening:
      'You sent faster than the receiver allows: too many recipients in one message, too many connections at once, or too many messages in a period. The rest is usually accepted if you slow down.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.7 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'compromised-account-or-relay', prior: 0.1 },
    ],
    fixes: [],
    prevent: [
      'Limit recipients per message and connections per destination, and spread large mailings over hours.',
    ],
    related: ['generic-greylisted'],
    sources: [RFC5321],
    confidence: 'hi',
  },
];
