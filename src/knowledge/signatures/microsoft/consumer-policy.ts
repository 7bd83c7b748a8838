/**
 * Outlook.com's legacy policy blocks (OU- and SC- codes): the inbound
 * servers of Outlook.com, Hotmail, Live and MSN refuse the sending IP.
 * Both Microsoft providers are accepted because consumer and business
 * mail share the protection.outlook.com front ends, so the reader cannot
 * always tell them apart.
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

export const consumerPolicySignatures: readonly Signature[] = [
  {
    id: 'outlook-ou-001',
    provider: 'outlook-com',
    title: 'OU-001: Outlook.com refused your IP because Spamhaus lists it',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['OU-001'],
      replyCodes: ['550'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 OU-001 (SNT004-MC1F43) Unfortunately, messages from 192.0.2.7 weren't sent.",
    happening:
      'Outlook.com checked your sending IP against the Spamhaus block lists and found it there, so it turned the message away. The listing belongs to Spamhaus: Microsoft sends you to Spamhaus for removal, not to its own forms.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
      { cause: 'complaints-spam-traps', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Check your sending IPs against Spamhaus regularly, so a listing is found before customers notice bounces.',
      'Send direct to the internet only from a static address with matching reverse DNS; home and dynamic ranges belong behind a smarthost.',
    ],
    related: ['spamhaus-zen-listing', 'spamhaus-pbl-listing', 'outlook-dy-001'],
    sources: [OUTLOOK_POSTMASTER, SPAMHAUS_CHECK],
    confidence: 'hi',
  },
  {
    id: 'outlook-ou-002',
    provider: 'outlook-com',
    title: 'OU-002: Outlook.com blocked your IP or domain',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['OU-002'],
      replyCodes: ['550'],
      text: [
        BLOCK_LIST_TEXT,
        'content\\s+with\\s+spam-like\\s+characteristics\\s+or\\s+IP/domain\\s+reputation',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 OU-002 (COL0-MC6-F14) Unfortunately, messages from 192.0.2.6 weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
    happening:
      "Outlook.com's own filter has put your sending IP, or the domain in the mail, on its block list, judging by its reputation or by content that looks like spam. Every message from that IP to Outlook.com, Hotmail, Live and MSN addresses is refused until Microsoft removes the block, on its own or after you ask.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.25 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'authentication-failing', prior: 0.15 },
      { cause: 'compromised-account-or-relay', prior: 0.15 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ],
    fixes: ['request-outlook-com-review', 'enrol-snds', 'enrol-jmrp'],
    prevent: [
      'Watch the IP in SNDS and act on JMRP complaints within a day.',
      'Raise volume on a new IP over a few weeks instead of all at once.',
      'Mail only people who asked for it, and drop addresses that bounce or never engage.',
    ],
    related: ['outlook-sc-001', 'outlook-s3140', 'outlook-s3150'],
    sources: [OUTLOOK_POSTMASTER, OUTLOOK_SUPPORT_FORM, SNDS, JMRP],
    undocumented:
      'The form "550 5.7.1 … on our block list (OU-002)" is reported only by third parties, not by Microsoft; today\'s Outlook.com front ends send S3140 or S3150 with that text instead. Read either form the same way.',
    confidence: 'hi',
  },
  {
    id: 'outlook-sc-001',
    provider: 'outlook-com',
    title:
      'SC-001: Outlook.com refused mail on content or IP/domain reputation',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['SC-001'],
      replyCodes: ['550'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 SC-001 (BAY004-MC5F7) Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation.',
    happening:
      'Outlook.com refused the mail under its policy: either the message looked like spam or the reputation of the sending IP or domain is poor. Microsoft does not say which of the two applied.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.25 },
      { cause: 'content-or-links-flagged', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.15 },
      { cause: 'authentication-failing', prior: 0.15 },
      { cause: 'shared-range-neighbours', prior: 0.1 },
      { cause: 'compromised-account-or-relay', prior: 0.15 },
    ],
    fixes: ['request-outlook-com-review', 'enrol-snds', 'enrol-jmrp'],
    prevent: [
      'Keep complaint rates low: clear unsubscribe links and no mail to people who did not ask for it.',
      'Avoid link shorteners and links to domains with a poor name; they count against the content.',
    ],
    related: ['outlook-ou-002', 'outlook-sc-004'],
    sources: [OUTLOOK_POSTMASTER, OUTLOOK_SUPPORT_FORM],
    confidence: 'hi',
  },
  {
    id: 'outlook-sc-002',
    provider: 'outlook-com',
    title: 'SC-002: Outlook.com blocked your IP for namespace mining',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['SC-002'],
      replyCodes: ['550'],
      text: ['exhibited\\s+namespace\\s+mining\\s+behavior'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 SC-002 (COL004-MC3F21) Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com server has exhibited namespace mining behavior.',
    happening:
      'Your IP asked Outlook.com about many addresses without sending mail to them, which is how spammers test which mailboxes exist. Microsoft forbids this and blocks IPs that do it, whether a list-cleaning tool or an intruder was asking.',
    causes: [
      { cause: 'address-probing', prior: 0.6 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ],
    fixes: ['request-outlook-com-review'],
    prevent: [
      'Never verify addresses by opening SMTP sessions and stopping after RCPT TO; confirm them with a double opt-in instead.',
      'Do not run address-checking services from your sending IPs.',
    ],
    related: ['outlook-dy-002'],
    sources: [OUTLOOK_POSTMASTER, OUTLOOK_SUPPORT_FORM],
    confidence: 'hi',
  },
  {
    id: 'outlook-sc-003',
    provider: 'outlook-com',
    title: 'SC-003: Outlook.com thinks your IP is an open proxy or relay',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['SC-003'],
      replyCodes: ['550'],
      text: ['appears\\s+to\\s+be\\s+an\\s+open\\s+proxy/relay'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 SC-003 (BLU004-MC1F9) Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay.',
    happening:
      'Outlook.com believes anyone on the internet can push mail through your IP, either via a mail server that relays for strangers or via an open proxy, so it refuses everything from it.',
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.6 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.4 },
    ],
    fixes: ['request-outlook-com-review'],
    prevent: [
      'Relay only for your own networks and for users who sign in; test the server with an outside open-relay check after every change.',
      'Close proxies (HTTP, SOCKS) that run on the same address as the mail server.',
    ],
    related: ['generic-relay-denied', 'outlook-dy-002'],
    sources: [OUTLOOK_POSTMASTER, OUTLOOK_SUPPORT_FORM],
    confidence: 'hi',
  },
  {
    id: 'outlook-sc-004',
    provider: 'outlook-com',
    title: 'SC-004: Outlook.com blocked your IP after user complaints',
    match: {
      providers: ['outlook-com', 'microsoft-365'],
      tags: ['SC-004'],
      replyCodes: ['550'],
      text: ['received\\s+complaints\\s+concerning\\s+mail\\s+coming\\s+from'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 SC-004 (SNT004-MC2F12) Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. We recommend enrolling in our Junk Email Reporting Program (JMRP).',
    happening:
      'Outlook.com users marked enough of your mail as junk that Microsoft blocked the IP. Microsoft points you to its complaint feedback program so you can see who complains and stop mailing them.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.5 },
      { cause: 'stale-or-purchased-list', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
    ],
    fixes: ['enrol-jmrp', 'request-outlook-com-review', 'enrol-snds'],
    prevent: [
      'Remove complainers at once through JMRP and make unsubscribing easy.',
      'Send only what recipients signed up for, at the frequency they expect.',
    ],
    related: ['outlook-sc-001', 'outlook-ou-002'],
    sources: [OUTLOOK_POSTMASTER, JMRP, OUTLOOK_SUPPORT_FORM],
    confidence: 'hi',
  },
];
