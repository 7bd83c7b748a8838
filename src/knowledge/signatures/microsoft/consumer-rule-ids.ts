/**
 * Today's Outlook.com front ends run on Exchange Online Protection and
 * end their refusals with an S-number in brackets. Microsoft publishes
 * no meaning for these numbers; they read as internal rule ids.
 */
import type { Signature } from '../../schema';
import {
  JMRP,
  OUTLOOK_POSTMASTER,
  OUTLOOK_SUPPORT_FORM,
  SNDS,
  SPAMHAUS_CHECK,
} from './sources';

const BLOCK_LIST_TEXT =
  'part\\s+of\\s+their\\s+network\\s+is\\s+on\\s+our\\s+block\\s+list';

const IP_BLOCK_CAUSES: Signature['causes'] = [
  { cause: 'cold-ip-volume-spike', prior: 0.25 },
  { cause: 'shared-range-neighbours', prior: 0.25 },
  { cause: 'complaints-spam-traps', prior: 0.2 },
  { cause: 'authentication-failing', prior: 0.1 },
  { cause: 'compromised-account-or-relay', prior: 0.1 },
  { cause: 'stale-or-purchased-list', prior: 0.1 },
];

const IP_BLOCK_PREVENT: Signature['prevent'] = [
  'Start a new IP with small daily volumes to engaged recipients and raise them over a few weeks.',
  'Register the IP in SNDS and JMRP as soon as it starts sending, so trouble shows up before a block.',
  'On shared hosting ranges, prefer a provider or relay whose addresses already have a sending history.',
];

export const consumerRuleIdSignatures: readonly Signature[] = [
  {
    id: 'outlook-s3140',
    provider: 'outlook-com',
    title: 'S3140: Outlook.com has your IP or its network on a block list',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['S3140'],
      replyCodes: ['550'],
      text: [BLOCK_LIST_TEXT],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.1 Unfortunately, messages from [192.0.2.245] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    happening:
      'Outlook.com refuses mail from your IP because the IP, or the block of addresses around it, is on its block list. New IPs with no sending history and addresses on busy hosting ranges are hit often.',
    causes: IP_BLOCK_CAUSES,
    fixes: ['request-outlook-com-review', 'enrol-snds', 'enrol-jmrp'],
    prevent: IP_BLOCK_PREVENT,
    related: ['outlook-s3150', 'outlook-ou-002'],
    sources: [OUTLOOK_SUPPORT_FORM, OUTLOOK_POSTMASTER, SNDS, JMRP],
    undocumented:
      'Microsoft does not publish what S3140 means; it reads as an internal filter rule id. The wording is documented only as a block list refusal, and a 550 means this message will not be accepted if retried unchanged.',
    confidence: 'hi',
  },
  {
    id: 'outlook-s3150',
    provider: 'outlook-com',
    title: 'S3150: Outlook.com block list refusal (older form AS3150)',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['S3150', 'AS3150'],
      replyCodes: ['550'],
      text: [BLOCK_LIST_TEXT],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.1 Unfortunately, messages from [192.0.2.15] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA1E3F2A0B7C3D] [DB3PEPF0000885A.eurprd02.prod.outlook.com]",
    happening:
      'Outlook.com turned the message away with the same block list wording as S3140: your IP or its network is not welcome at the moment. Treat it as a refusal of this message and work on the IP, whatever the number in brackets says.',
    causes: IP_BLOCK_CAUSES,
    fixes: ['request-outlook-com-review', 'enrol-snds', 'enrol-jmrp'],
    prevent: IP_BLOCK_PREVENT,
    related: ['outlook-s3140', 'outlook-ou-002'],
    sources: [OUTLOOK_SUPPORT_FORM, OUTLOOK_POSTMASTER, SNDS, JMRP],
    undocumented:
      'Microsoft documents no meaning for S3150 (or AS3150, which is not an autonomous-system number but an internal rule id). Outside sources disagree: one catalogue calls it a block, another a throttle that expires by itself. With a 550 reply, assume this message was refused for good.',
    confidence: 'low',
  },
  {
    id: 'outlook-s8001-helo-spamhaus',
    provider: 'outlook-com',
    title: 'S8001: Outlook.com found your HELO name on Spamhaus',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['S8001'],
      replyCodes: ['550'],
      // Other receivers use similar words; the Microsoft form opens with
      // "Service unavailable," so that is part of the pattern.
      text: [
        'Service\\s+unavailable,\\s+Helo\\s+domain\\s+is\\s+listed\\s+in\\s+Spamhaus',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. (S8001) [AM4PEPF00027A6C.eurprd04.prod.outlook.com]',
    happening:
      'The name your server gives in its HELO or EHLO greeting belongs to a domain that Spamhaus lists on its Domain Block List, so Outlook.com refused the connection.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.6 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Greet with a host name under a domain you control and keep clean, matching the reverse DNS of the IP.',
    ],
    related: ['spamhaus-dbl-listing', 'outlook-s8002-mailfrom-spamhaus'],
    sources: [SPAMHAUS_CHECK],
    undocumented:
      'Microsoft does not document S8001; the reading rests on the wording of the refusal and on outside catalogues.',
    confidence: 'med',
  },
  {
    id: 'outlook-s8002-mailfrom-spamhaus',
    provider: 'outlook-com',
    title: 'S8002: Outlook.com found your envelope sender domain on Spamhaus',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['S8002'],
      replyCodes: ['550'],
      text: [
        'Service\\s+unavailable,\\s+MailFrom\\s+domain\\s+is\\s+listed\\s+in\\s+Spamhaus',
      ],
    },
    reason: 'rejected',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. (S8002) [BN1PEPF00004A7E.namprd03.prod.outlook.com]',
    happening:
      'The domain in your envelope sender (the MAIL FROM or return-path address) is on the Spamhaus Domain Block List, so Outlook.com refuses mail that uses it.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.55 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'complaints-spam-traps', prior: 0.25 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Keep the return-path domain for bulk mail separate from the domains used in links, and watch both on Spamhaus.',
    ],
    related: ['spamhaus-dbl-listing', 'outlook-s8001-helo-spamhaus'],
    sources: [SPAMHAUS_CHECK],
    undocumented:
      'Microsoft does not document S8002; the reading rests on the wording of the refusal and on outside catalogues.',
    confidence: 'med',
  },
];
