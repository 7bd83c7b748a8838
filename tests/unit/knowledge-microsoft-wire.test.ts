import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { bestSignature } from '../../src/engine/classify/match';
import { microsoftSignatures } from '../../src/knowledge/signatures/microsoft';

const ENHANCED = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;

function bestId(line: string, provider: string | null): string | undefined {
  const facts = {
    diagnostic: line,
    replyCode: /^\s*([245]\d\d)\b/.exec(line)?.[1] ?? null,
    status: ENHANCED.exec(line)?.[0] ?? null,
    provider,
  };
  return bestSignature(facts, microsoftSignatures)?.signature.id;
}

/** Wire lines from the reference, rows 1–39, with documentation IPs. */
const WIRE: readonly (readonly [string, string])[] = [
  [
    "550 OU-001 (SNT004-MC1F43) Unfortunately, messages from 192.0.2.7 weren't sent.",
    'outlook-ou-001',
  ],
  [
    "550 OU-002 (COL0-MC6-F14) Unfortunately, messages from 192.0.2.6 weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
    'outlook-ou-002',
  ],
  [
    "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).",
    'outlook-ou-002',
  ],
  [
    '550 SC-001 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation.',
    'outlook-sc-001',
  ],
  [
    "550 SC-001 (BAY004-MC5F7) Unfortunately, messages from 192.0.2.8 weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
    'outlook-sc-001',
  ],
  [
    '550 SC-002 Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com server has exhibited namespace mining behavior.',
    'outlook-sc-002',
  ],
  [
    '550 SC-003 Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay.',
    'outlook-sc-003',
  ],
  [
    '550 SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. We recommend enrolling in our Junk Email Reporting Program (JMRP)',
    'outlook-sc-004',
  ],
  [
    "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server.",
    'outlook-dy-001',
  ],
  [
    '550 DY-002 Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer.',
    'outlook-dy-002',
  ],
  [
    '421 RP-001 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation.',
    'outlook-rp-001',
  ],
  [
    '421 RP-002 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection.',
    'outlook-rp-002',
  ],
  [
    '421 RP-003 The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed.',
    'outlook-rp-003',
  ],
  [
    '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
    'outlook-5-7-515-auth-level',
  ],
  [
    "550 5.7.1 Unfortunately, messages from [192.0.2.245] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
    'outlook-s3140',
  ],
  [
    "550 5.7.1 Unfortunately, messages from [192.0.2.246] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB0D2A]",
    'outlook-s3150',
  ],
  [
    "550 5.7.1 Unfortunately, messages from [192.0.2.247] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3150).",
    'outlook-s3150',
  ],
  [
    '451 4.7.650 The mail server [192.0.2.99] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
    'outlook-4-7-650-ip-reputation',
  ],
  [
    '451 4.7.651 The mail server [192.0.2.98] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S3114)',
    'outlook-4-7-651-ip-reputation',
  ],
  [
    '550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. (S8001)',
    'outlook-s8001-helo-spamhaus',
  ],
  [
    '550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. (S8002)',
    'outlook-s8002-mailfrom-spamhaus',
  ],
  [
    '550 command rejected due to Sender ID validation failure.',
    'outlook-sender-id-failure',
  ],
  [
    '550 5.7.606 Access denied, banned sending IP [192.0.2.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012609)',
    'm365-5-7-606-banned-ip',
  ],
  [
    '550 5.7.649 Access denied, banned sending IP [198.51.100.9]. To request removal from this list please visit https://sender.office.com/',
    'm365-5-7-606-banned-ip',
  ],
  [
    '550 5.7.511 Access denied, banned sender[192.0.2.4]. To request removal from this list please forward this message to delist@messaging.microsoft.com',
    'm365-5-7-511-banned-sender',
  ],
  [
    '550 5.7.1 Service unavailable, Client host [192.0.2.40] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.40 (AS16012611)',
    'm365-as16012611-spamhaus',
  ],
  [
    '550 5.7.513 Service unavailable, Client host [192.0.2.41] blocked by example.net using Customer Block list (AS16012607)',
    'm365-5-7-513-customer-block-list',
  ],
  [
    '550 5.7.705 Access denied, tenant has exceeded threshold',
    'm365-5-7-705-tenant-threshold',
  ],
  [
    '550 5.7.708 Access denied, traffic not accepted from this IP',
    'm365-5-7-708-low-reputation-ip',
  ],
  [
    '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains',
    'm365-5-7-750-unregistered-domains',
  ],
  [
    '550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject.',
    'm365-5-7-509-dmarc',
  ],
  [
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    'm365-5-7-23-spf',
  ],
  [
    '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record',
    'm365-5-7-25-ipv6-no-ptr',
  ],
  [
    '450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::26] must pass either SPF or DKIM validation, this message is not signed',
    'm365-4-7-26-ipv6-unauthenticated',
  ],
  [
    '550 5.4.1 [user@example.com]: Recipient address rejected: Access denied',
    'm365-5-4-1-recipient-access-denied',
  ],
  [
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    'm365-5-1-10-recipient-not-found',
  ],
  [
    '451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761)',
    'm365-4-7-500-as-throttle',
  ],
  [
    '451 4.7.599 Access denied, please try again later (AS843)',
    'm365-4-7-500-as-throttle',
  ],
  [
    '530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM',
    'm365-5-7-57-anonymous-submission',
  ],
  [
    '550 5.7.64 TenantAttribution; Relay Access Denied',
    'm365-5-7-64-tenant-attribution',
  ],
  [
    '550 5.1.8 Access denied, bad outbound sender',
    'm365-5-1-8-bad-outbound-sender',
  ],
  ['550 5.2.2 Submission quota exceeded', 'm365-5-2-2-submission-quota'],
  [
    "554 5.2.2 The sender's submission quota was exceeded",
    'm365-5-2-2-submission-quota',
  ],
  [
    '554 5.2.121 The sender has exceeded the limit for the number of messages they can send to this recipient per hour',
    'm365-5-2-121-per-sender-hourly',
  ],
  [
    "554 5.2.122 Recipient's per hour message receive limit exceeded",
    'm365-5-2-122-recipient-hourly',
  ],
  [
    '550 5.7.1 Delivery not authorized, message refused',
    'm365-5-7-1-delivery-not-authorized',
  ],
  [
    '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
    'm365-5-7-1-transport-rule',
  ],
  ['550 5.7.1 Unable to relay', 'm365-5-7-1-unable-to-relay'],
  ['550 5.7.1 Client was not authenticated', 'm365-5-7-1-unable-to-relay'],
  ['550 5.7.506 Access Denied, Bad HELO', 'm365-5-7-506-bad-helo'],
];

describe('real Microsoft wire lines', () => {
  it.each(WIRE)('%s', (line, id) => {
    expect(bestId(line, 'outlook-com')).toBe(id);
    expect(bestId(line, 'microsoft-365')).toBe(id);
    expect(bestId(line, null)).toBe(id);
  });

  it("leaves another receiver's Spamhaus wording to the blocklist entries", () => {
    const line =
      '550 5.1.0 MXIN506 MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/';
    expect(bestId(line, null)).toBeUndefined();
  });

  it('does not claim mailbox-full 5.2.2 as a submission quota', () => {
    const line = '550 5.2.2 <user@example.com>... Mailbox Full';
    expect(bestId(line, 'outlook-com')).toBeUndefined();
  });
});

/** Diagnostic-Code lines of the labelled corpus, unfolded. */
function diagnosticOf(file: string): string {
  const url = new URL(`../../../shared/corpus/emails/${file}`, import.meta.url);
  const text = readFileSync(url, 'utf8').replace(/\r?\n[ \t]+/g, ' ');
  const line = /^Diagnostic-Code:\s*smtp;\s*(.+)$/im.exec(text)?.[1] ?? '';
  return line.trim();
}

describe('labelled corpus bounces from Microsoft', () => {
  it.each([
    ['rhost-microsoft-01.eml', 'm365-5-7-606-banned-ip'],
    ['rhost-microsoft-03.eml', 'm365-5-1-10-recipient-not-found'],
    ['rhost-microsoft-04.eml', 'm365-5-7-509-dmarc'],
    ['rhost-microsoft-05.eml', 'outlook-4-7-650-ip-reputation'],
  ])('%s', (file, id) => {
    expect(bestId(diagnosticOf(file), 'microsoft-365')).toBe(id);
  });
});
