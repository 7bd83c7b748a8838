/**
 * Outlook.com's temporary limits: RP- rate limits and the 4.7.650/651
 * reputation throttles. All are 4xx replies, so the sending server
 * retries by itself; what matters is sending less, more steadily.
 */
import type { Signature } from '../../schema';
import {
  JMRP,
  OUTLOOK_POSTMASTER,
  OUTLOOK_SUPPORT_FORM,
  SNDS,
} from './sources';

const THROTTLE_TEXT =
  'temporarily\\s+rate\\s+limited\\s+due\\s+to\\s+IP\\s+reputation';

const THROTTLE_CAUSES: Signature['causes'] = [
  { cause: 'cold-ip-volume-spike', prior: 0.35 },
  { cause: 'complaints-spam-traps', prior: 0.25 },
  { cause: 'sending-too-fast', prior: 0.2 },
  { cause: 'shared-range-neighbours', prior: 0.1 },
  { cause: 'stale-or-purchased-list', prior: 0.1 },
];

const THROTTLE_PREVENT: Signature['prevent'] = [
  'Warm up new IPs gradually and keep daily volume to Outlook.com steady rather than in bursts.',
  'Let your server back off on 4xx replies instead of retrying at once from many connections.',
];

export const consumerLimitSignatures: readonly Signature[] = [
  {
    id: 'outlook-rp-001',
    provider: 'outlook-com',
    title: 'RP-001: Outlook.com rate limit tied to IP or domain reputation',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['RP-001'],
      replyCodes: ['421'],
      text: ['exceeded\\s+the\\s+rate\\s+limit\\s+allowed\\.\\s+Reason'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 RP-001 (BAY004-MC1F41) The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation.',
    happening:
      'Your IP is sending Outlook.com more mail than its reputation allows, so Outlook.com is accepting only part of it for now. The rest waits in your queue and is retried.',
    causes: THROTTLE_CAUSES,
    fixes: ['enrol-snds', 'enrol-jmrp'],
    prevent: THROTTLE_PREVENT,
    related: [
      'outlook-rp-002',
      'outlook-rp-003',
      'outlook-4-7-650-ip-reputation',
    ],
    sources: [OUTLOOK_POSTMASTER, SNDS],
    confidence: 'hi',
  },
  {
    id: 'outlook-rp-002',
    provider: 'outlook-com',
    title: 'RP-002: Outlook.com limit on messages per connection',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['RP-002'],
      replyCodes: ['421'],
      text: [
        'exceeded\\s+the\\s+rate\\s+limit\\s+allowed\\s+on\\s+this\\s+connection',
      ],
    },
    reason: 'ratelimited',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      '421 RP-002 (COL004-MC2F9) The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection. Reason for rate limitation is related to IP/domain reputation.',
    happening:
      'Your server delivered too many messages in one SMTP session for the reputation of its IP. Outlook.com closed the session; the remaining messages are retried on a new connection.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.6 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
      { cause: 'complaints-spam-traps', prior: 0.15 },
    ],
    fixes: ['enrol-snds'],
    prevent: [
      'Lower the number of messages your server sends over one connection to Outlook.com; most mail servers let you set this per destination.',
    ],
    related: ['outlook-rp-001', 'outlook-rp-003'],
    sources: [OUTLOOK_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'outlook-rp-003',
    provider: 'outlook-com',
    title: 'RP-003: Outlook.com limit on simultaneous connections',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['RP-003'],
      replyCodes: ['421'],
      text: ['exceeded\\s+the\\s+connection\\s+limit\\s+allowed'],
    },
    reason: 'ratelimited',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      '421 RP-003 (SNT004-MC3F5) The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed. Reason for limitation is related to IP/domain reputation.',
    happening:
      'Your server opened more connections to Outlook.com at the same time than the reputation of its IP allows. Extra connections are refused and retried later.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.65 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
      { cause: 'complaints-spam-traps', prior: 0.1 },
    ],
    fixes: ['enrol-snds'],
    prevent: [
      'Cap simultaneous connections to Outlook.com hosts, for example with a per-destination concurrency limit in your mail server.',
    ],
    related: ['outlook-rp-002', 'outlook-rp-001'],
    sources: [OUTLOOK_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'outlook-4-7-650-ip-reputation',
    provider: 'outlook-com',
    title:
      '4.7.650 (S775, S843, S3113): Outlook.com throttles your IP on reputation',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['S775', 'S843', 'S3113'],
      replyCodes: ['451'],
      statuses: ['4.7.650'],
      text: [THROTTLE_TEXT],
    },
    reason: 'badreputation',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '451 4.7.650 The mail server [192.0.2.99] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [VI1EUR05FT012.eop-eur05.prod.protection.outlook.com]',
    happening:
      'Outlook.com is holding back mail from your IP for a while because it does not trust the IP enough yet, often because it is new, sends little, or sent a sudden burst. The mail is deferred, not refused; your server keeps retrying.',
    causes: THROTTLE_CAUSES,
    fixes: ['enrol-snds', 'enrol-jmrp', 'request-outlook-com-review'],
    prevent: THROTTLE_PREVENT,
    related: [
      'outlook-4-7-651-ip-reputation',
      'outlook-rp-001',
      'outlook-s3140',
    ],
    sources: [OUTLOOK_POSTMASTER, SNDS, JMRP, OUTLOOK_SUPPORT_FORM],
    undocumented:
      'Microsoft documents neither 4.7.650 nor the S-numbers that follow it (S775, S843, S3113); the reading comes from the wording and from repeated reports. SNDS often shows nothing for an IP this affects if its volume is low.',
    confidence: 'hi',
  },
  {
    id: 'outlook-4-7-651-ip-reputation',
    provider: 'outlook-com',
    title: '4.7.651 (S3114): Outlook.com throttles your IP on reputation',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['S3114'],
      replyCodes: ['451'],
      statuses: ['4.7.651'],
      text: [THROTTLE_TEXT],
    },
    reason: 'badreputation',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '451 4.7.651 The mail server [192.0.2.114] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S3114) [AM7EUR03FT045.eop-EUR03.prod.protection.outlook.com]',
    happening:
      'The same temporary hold as 4.7.650 under a second internal rule: Outlook.com defers mail from your IP on reputation, and your server retries.',
    causes: THROTTLE_CAUSES,
    fixes: ['enrol-snds', 'enrol-jmrp', 'request-outlook-com-review'],
    prevent: THROTTLE_PREVENT,
    related: ['outlook-4-7-650-ip-reputation', 'outlook-rp-001'],
    sources: [OUTLOOK_POSTMASTER, SNDS, OUTLOOK_SUPPORT_FORM],
    undocumented:
      'Microsoft documents neither 4.7.651 nor S3114; only outside catalogues and forum reports describe it, and they treat it like 4.7.650.',
    confidence: 'med',
  },
];
