/**
 * Generic delivery failures: loops, unreachable or slow servers, size
 * limits and a receiving system out of space.
 */
import type { Signature } from '../../schema';

const RFC5321 = {
  title: 'RFC 5321: Simple Mail Transfer Protocol',
  url: 'https://www.rfc-editor.org/rfc/rfc5321',
};
const RFC3463 = {
  title: 'RFC 3463: enhanced mail system status codes',
  url: 'https://www.rfc-editor.org/rfc/rfc3463',
};
const TOO_LARGE = [
  '(?:message|mail|e-?mail) (?:size )?(?:is )?too (?:large|big)',
  'size exceeds',
  'exceeds (?:the )?(?:fixed )?maximum (?:message )?size',
  'maximum (?:e-?mail|message) size',
  'message length exceeds',
  'size limit exceeded',
];

export const genericDeliverySignatures: readonly Signature[] = [
  {
    id: 'generic-mail-loop',
    provider: 'generic',
    title: '554 5.4.6 Too many hops: mail loop detected',
    match: {
      text: [
        'too many hops',
        'mail(?:er)? loop',
        'routing loop',
        'loop detected',
        'hop count exceeded',
        'too many "?received"? headers',
      ],
    },
    reason: 'networkerror',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '554 5.4.6 Too many hops 26 (25 max): message looped via mx.example.com',
    happening:
      'The message passed through so many servers that one of them stopped it, assuming it was going round in circles. Typically two forwarding rules or servers keep sending it to each other.',
    causes: [
      { cause: 'recipient-misconfigured-filter', prior: 0.6 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'Check forwarding rules on both ends, and make sure the receiving server lists every domain it should accept locally.',
    ],
    related: ['generic-network-unreachable'],
    sources: [RFC5321],
    confidence: 'hi',
  },
  {
    id: 'generic-network-unreachable',
    provider: 'generic',
    title: '4.4.1 No route to host: the network to the receiving server failed',
    match: {
      text: [
        'no route to host',
        'network is unreachable',
        'dns (?:query|lookup) failed',
      ],
    },
    reason: 'networkerror',
    severity: 'medium',
    permanent: false,
    actor: 'recipient-admin',
    example: 'connect to mx.example.com[192.0.2.1]:25: No route to host',
    happening:
      "Your server could not reach the recipient's mail server at the network level, or could not look up where it is. Your server keeps retrying until it gives up.",
    causes: [
      { cause: 'recipient-server-unreachable', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Make sure outgoing port 25 is open from your server, and that it uses a working DNS resolver.',
    ],
    related: ['generic-expired-unreachable'],
    sources: [RFC5321],
    confidence: 'hi',
  },
  {
    id: 'generic-expired-unreachable',
    provider: 'generic',
    title:
      '4.4.7 Message expired: the receiving server could not be reached in time',
    match: {
      text: [
        'message expired',
        'timed out',
        'unable to deliver (?:in|for|within) \\d+',
        'retry time(?:out)? (?:not reached|exceeded)',
        'delivery time expired',
      ],
    },
    reason: 'expired',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>',
    happening:
      "Your server kept trying to reach the recipient's mail server, which did not answer or kept deferring, until the message's time in the queue ran out.",
    causes: [
      { cause: 'recipient-server-unreachable', prior: 0.7 },
      { cause: 'greylisting', prior: 0.15 },
      { cause: 'sending-too-fast', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      "Look at the last error before expiry in your server's log; it tells you whether the host was down, refusing or throttling you.",
    ],
    related: ['generic-network-unreachable', 'generic-host-unknown'],
    sources: [RFC5321, RFC3463],
    confidence: 'hi',
  },
  {
    id: 'generic-message-too-large',
    provider: 'generic',
    title: '552 5.3.4 Message size exceeds fixed maximum message size',
    match: {
      statuses: ['4.3.4', '5.3.4', '5.3.0'],
      text: TOO_LARGE,
    },
    reason: 'emailtoolarge',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '552 5.3.4 Message size exceeds fixed maximum message size (10485760)',
    happening:
      'The message, with attachments, is bigger than the receiving server accepts. Attachments grow by about a third when encoded for mail, so a 15 MB file can exceed a 20 MB limit.',
    causes: [{ cause: 'message-too-large', prior: 1 }],
    fixes: [],
    prevent: [
      'Send large files as a link to shared storage instead of as attachments.',
    ],
    related: ['generic-recipient-size-limit'],
    sources: [RFC3463],
    confidence: 'hi',
  },
  {
    id: 'generic-recipient-size-limit',
    provider: 'generic',
    title: '552 5.2.3 Message length exceeds the limit set for this recipient',
    match: {
      statuses: ['4.2.3', '5.2.3'],
      text: [...TOO_LARGE, 'recipsizelimit'],
    },
    reason: 'exceedlimit',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example: '552 5.2.3 Message length exceeds administrative limit',
    happening:
      'The recipient (or their organisation) has a size limit for incoming messages that is lower than the server-wide one, and this message is over it.',
    causes: [
      { cause: 'message-too-large', prior: 0.8 },
      { cause: 'recipient-policy', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Share large files by link, or ask the recipient what size they can receive.',
    ],
    related: ['generic-message-too-large'],
    sources: [RFC3463],
    confidence: 'hi',
  },
  {
    id: 'generic-system-full',
    provider: 'generic',
    title:
      '452 4.3.1 Insufficient system storage: the receiving server is full',
    match: {
      text: [
        'mail system full',
        'insufficient system (?:storage|resources)',
        'exceeded storage allocation',
        'no space left on device',
      ],
    },
    reason: 'systemfull',
    severity: 'low',
    permanent: false,
    actor: 'recipient-admin',
    example: '452 4.3.1 Insufficient system storage',
    happening:
      "The receiving server itself is out of disk space or other resources, so it refuses new mail for now. It is the recipient's problem and usually clears once their admin frees space.",
    causes: [{ cause: 'recipient-server-unreachable', prior: 1 }],
    fixes: [],
    prevent: [
      'Let your server keep retrying; nothing on your side causes this.',
    ],
    related: ['generic-mailbox-full'],
    sources: [RFC3463],
    confidence: 'hi',
  },
];
