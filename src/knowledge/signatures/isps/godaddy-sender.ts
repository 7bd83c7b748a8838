/**
 * GoDaddy refusals about set-up, pace and content. IB607 carries the
 * status 5.1.1, which elsewhere means "no such user"; here it is a limit.
 */
import type { Signature } from '../../schema';
import { GODADDY_BOUNCES, GODADDY_FIX_BOUNCES } from './sources';

const SOURCES = [GODADDY_FIX_BOUNCES, GODADDY_BOUNCES];

export const godaddySenderSignatures: readonly Signature[] = [
  {
    id: 'godaddy-ib607',
    provider: 'godaddy',
    title:
      'GoDaddy IB607: too many recipients this hour (rate limit, not 5.1.1)',
    match: {
      providers: ['godaddy'],
      tags: ['IB607'],
      text: ['sent\\s+to\\s+too\\s+many\\s+recipients\\s+this\\s+hour'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '550 5.1.1 <user@example.com> - 192.0.2.50 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>',
    happening:
      "Your IP reached GoDaddy's hourly limit on recipients. The 5.1.1 status is misleading: the address exists, and the same message can go through once the hour has passed.",
    causes: [
      { cause: 'sending-too-fast', prior: 0.65 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
      { cause: 'compromised-account-or-relay', prior: 0.1 },
    ],
    fixes: [],
    prevent: [
      'Do not remove these recipients as unknown users; queue the mail and send it in smaller hourly batches.',
    ],
    related: ['godaddy-ib504', 'generic-user-unknown'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib504',
    provider: 'godaddy',
    title: 'GoDaddy IB504 / IB510 / IB605 / IB007 / IB101: sending limits',
    match: {
      providers: ['godaddy'],
      tags: ['IB504', 'IB510', 'IB605', 'IB007', 'IB101'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example: '550 This IP has sent too many messages this hour. IB504',
    happening:
      "One of GoDaddy's pace limits was hit: messages per hour (IB504), messages per session (IB510), recipients per message (IB605), open sessions per IP (IB007), or a busy queue at GoDaddy (IB101).",
    causes: [
      { cause: 'sending-too-fast', prior: 0.75 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
    ],
    fixes: [],
    prevent: [
      'Fewer recipients per message, fewer messages per connection, fewer connections at once.',
    ],
    related: ['godaddy-ib607'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib108',
    provider: 'godaddy',
    title: 'GoDaddy IB108: reverse DNS for the sending IP failed',
    match: {
      providers: ['godaddy'],
      tags: ['IB108'],
      text: ['Reverse\\s+DNS\\s+for\\s+this\\s+IP\\s+failed'],
    },
    reason: 'requireptr',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example: '421 Temporarily rejected. Reverse DNS for this IP failed. IB108',
    happening:
      'GoDaddy looked up the reverse DNS of your IP and got no usable answer, so it defers the message. Your server retries, but it keeps failing until a PTR record exists.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.85 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: [],
    prevent: ['Give every sending IP a PTR record before it sends any mail.'],
    related: ['generic-rdns-required'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib508',
    provider: 'godaddy',
    title: "GoDaddy IB508: sender domain's SPF does not allow this server",
    match: {
      providers: ['godaddy'],
      tags: ['IB508'],
      text: ['Invalid\\s+SPF\\s+record'],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 user@example.com Invalid SPF record. Inspect your SPF settings, and try again. IB508',
    happening:
      'The domain in your envelope sender publishes an SPF record that does not include the server that sent this message, so GoDaddy rejected it.',
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.25 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Add each service that sends as {domain} to its SPF record, and recheck SPF whenever you add one.',
    ],
    related: ['generic-dmarc-reject'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'godaddy-ib212',
    provider: 'godaddy',
    title: 'GoDaddy IB212: content judged to be spam',
    match: {
      providers: ['godaddy'],
      tags: ['IB212'],
      text: ['content\\s+judged\\s+to\\s+be\\s+spam'],
    },
    reason: 'spamdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212',
    happening:
      "GoDaddy's filter found a link, attachment or pattern in the message that its users have reported as spam before. Other mail from the same IP may still get through.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.75 },
      { cause: 'complaints-spam-traps', prior: 0.25 },
    ],
    fixes: [],
    prevent: [
      'Send a plain test message and add parts back until the rejection returns, to find the part being flagged.',
    ],
    related: ['godaddy-ib110'],
    sources: SOURCES,
    confidence: 'hi',
  },
];
