/**
 * Microsoft 365's rate limits: throttling of unfamiliar source IPs, and
 * the caps on how much one mailbox may send or one recipient receive.
 */
import type { Signature } from '../../schema';
import { EXO_AS, EXO_NDR, exoFixPage } from './sources';

const SUBMISSION_QUOTA = exoFixPage(
  'Fix "submission quota exceeded" errors in Exchange Online',
  'fix-error-for-submission-quota-exceeded-in-exchange-online',
);

export const m365LimitSignatures: readonly Signature[] = [
  {
    id: 'm365-4-7-500-as-throttle',
    provider: 'microsoft-365',
    title:
      '4.7.500–4.7.699 (ASxxx): Microsoft 365 is throttling an unfamiliar IP',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['451', '450'],
      statuses: ['4.7.500-4.7.699'],
      text: [
        'Server\\s+busy\\.\\s+Please\\s+try\\s+again\\s+later\\s+from',
        'Access\\s+denied,\\s+please\\s+try\\s+again\\s+later',
        '\\(AS\\d{3,9}\\)',
      ],
    },
    reason: 'blocked',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761) [HE1EUR04FT014.eop-eur04.prod.protection.outlook.com]',
    happening:
      'Your IP suddenly sends Microsoft 365 far more mail than it used to, or has no history there, so Microsoft treats it with suspicion for a while (a form of greylisting). Messages are deferred and retried; as the IP builds a record over a few days, this stops.',
    causes: [
      { cause: 'cold-ip-volume-spike', prior: 0.55 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
      { cause: 'greylisting', prior: 0.15 },
      { cause: 'compromised-account-or-relay', prior: 0.1 },
    ],
    fixes: ['fix-m365-inbound-connector'],
    prevent: [
      'Raise volume from a new IP to Microsoft 365 step by step.',
      'If your own server or a filtering service sits in front of or behind your Microsoft 365 tenant, set up the connector Microsoft describes so its mail is recognised.',
      'Do not send production mail from the initial onmicrosoft.com domain; Microsoft limits it.',
    ],
    related: ['outlook-4-7-650-ip-reputation'],
    sources: [EXO_AS, EXO_NDR],
    undocumented:
      'Microsoft documents the 4.7.500–4.7.699 range, but not what each AS number in brackets means.',
    confidence: 'hi',
  },
  {
    id: 'm365-5-2-2-submission-quota',
    provider: 'microsoft-365',
    title: '5.2.2: Microsoft 365 mailbox exceeded its submission quota',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550', '554'],
      statuses: ['5.2.2'],
      text: ['submission\\s*quota\\s*(?:was\\s+)?exceeded'],
    },
    reason: 'ratelimited',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.',
    happening:
      'The sending mailbox went over the number of recipients or messages Microsoft 365 lets one mailbox send in a given time. Bulk sending from a normal mailbox, or an account used by a spammer, gets there quickly.',
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.45 },
      { cause: 'sending-too-fast', prior: 0.55 },
    ],
    fixes: ['secure-m365-sending-account'],
    prevent: [
      'Send newsletters and other bulk mail through a bulk email service, not from a Microsoft 365 mailbox.',
    ],
    related: [
      'm365-5-1-8-bad-outbound-sender',
      'm365-5-2-121-per-sender-hourly',
    ],
    sources: [SUBMISSION_QUOTA, EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-5-2-121-per-sender-hourly',
    provider: 'microsoft-365',
    title:
      '5.2.121: too many messages from you to one Microsoft 365 recipient this hour',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['554', '550'],
      statuses: ['5.2.121'],
      text: [
        'per\\s+hour\\s+message\\s+receive\\s+limit\\s+from\\s+specific\\s+sender',
        'number\\s+of\\s+messages\\s+they\\s+can\\s+send\\s+to\\s+this\\s+recipient\\s+per\\s+hour',
      ],
    },
    reason: 'ratelimited',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      "554 5.2.121 Recipient's per hour message receive limit from specific sender exceeded.",
    happening:
      'You sent one Microsoft 365 recipient more messages within an hour than Microsoft allows from a single sender; the cap exists to stop runaway automated mail. The code is in the 5xx class, but Microsoft advises simply trying again later.',
    causes: [{ cause: 'sending-too-fast', prior: 1 }],
    fixes: [],
    prevent: [
      'Batch alerts and notifications into digests instead of one message per event to the same address.',
    ],
    related: ['m365-5-2-122-recipient-hourly'],
    sources: [EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-5-2-122-recipient-hourly',
    provider: 'microsoft-365',
    title: '5.2.122: a Microsoft 365 recipient got too many messages this hour',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['554', '550'],
      statuses: ['5.2.122'],
      text: [
        "Recipient'?s\\s+per\\s+hour\\s+message\\s+receive\\s+limit\\s+exceeded",
      ],
    },
    reason: 'ratelimited',
    severity: 'low',
    permanent: false,
    actor: 'recipient-admin',
    example: "554 5.2.122 Recipient's per hour message receive limit exceeded.",
    happening:
      'The recipient received more mail within an hour, from everyone together, than Microsoft 365 lets one mailbox take. Your message was caught in that overflow; it is not about you.',
    causes: [
      { cause: 'recipient-policy', prior: 0.6 },
      { cause: 'sending-too-fast', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'Retry later; if it keeps happening, tell the recipient their mailbox is being flooded.',
    ],
    related: ['m365-5-2-121-per-sender-hourly'],
    sources: [EXO_NDR],
    confidence: 'hi',
  },
];
