/**
 * QQ Mail and Tencent Exmail. Replies are short English phrases followed
 * by a service.mail.qq.com help link; most arrive as a bare 550 even when
 * the limit behind them is temporary.
 */
import type { Signature } from '../../schema';
import { QQ_ERRORS } from './sources';

export const tencentSignatures: readonly Signature[] = [
  {
    id: 'tencent-ip-frequency-limited',
    provider: 'tencent',
    title: 'QQ Mail 550: Ip / Connection frequency limited',
    match: {
      providers: ['tencent'],
      text: ['\\b(?:Ip|Connection)\\s+frequency\\s+limited'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '550 Ip frequency limited [AbCdEf12/GhIj Blocked IP 192.0.2.100]. https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725',
    happening:
      'Your IP sent to QQ Mail faster, or opened connections more often, than Tencent allows. It is a limit rather than a verdict, even though it arrives as a 550.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.6 },
      { cause: 'cold-ip-volume-spike', prior: 0.3 },
      { cause: 'complaints-spam-traps', prior: 0.1 },
    ],
    fixes: [],
    prevent: [
      'Keep these recipients and resend later at a lower rate; do not treat the 550 as a dead address.',
    ],
    related: ['tencent-sender-frequency-limited'],
    sources: [QQ_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'tencent-sender-frequency-limited',
    provider: 'tencent',
    title: 'QQ Mail 550: Domain / Sender frequency limited',
    match: {
      providers: ['tencent'],
      text: ['\\b(?:Domain|Sender)\\s+frequency\\s+limited'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '550 Domain frequency limited. https://service.mail.qq.com/detail/122/173',
    happening:
      'Tencent counts mail per sending domain and per sender address too, and yours went over the limit, whichever IPs it came from.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.55 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Spread campaigns to qq.com over a longer window and remove recipients who never engage.',
    ],
    related: ['tencent-ip-frequency-limited'],
    sources: [QQ_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'tencent-dmarc-check-failed',
    provider: 'tencent',
    title: 'QQ Mail 550: DMARC check failed',
    match: { providers: ['tencent'], text: ['DMARC\\s+check\\s+failed'] },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 DMARC check failed. https://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.',
    happening:
      'The message failed DMARC for the domain in its From address, whose owner asks receivers to refuse such mail.',
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'forwarding-breaks-authentication', prior: 0.25 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Sign with DKIM for the From domain so DMARC passes even where SPF cannot.',
    ],
    related: ['generic-dmarc-reject', 'tencent-spf-check-failed'],
    sources: [QQ_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'tencent-spf-check-failed',
    provider: 'tencent',
    title: 'QQ Mail 550: SPF check failed',
    match: { providers: ['tencent'], text: ['SPF\\s+check\\s+failed'] },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 SPF check failed. https://service.mail.qq.com/detail/122/72',
    happening:
      "The IP that delivered the message is not in the SPF record of the envelope sender's domain, and Tencent refused it.",
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'forwarding-breaks-authentication', prior: 0.25 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: ['List every sending service for {domain} in its SPF record.'],
    related: ['tencent-dmarc-check-failed'],
    sources: [QQ_ERRORS],
    confidence: 'hi',
  },
];
