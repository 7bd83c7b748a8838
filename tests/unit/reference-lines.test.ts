import { describe, expect, it } from 'vitest';

import { classifyReading } from '../../src/engine/classify';
import { readBounce } from '../../src/engine/read';
import { SIGNATURES } from '../../src/knowledge/signatures';

/**
 * Provider bounce lines as the reference (shared/reference/signatures.md)
 * quotes them, read by the whole reader: provider, tag, enhanced status
 * and reason must come out as the reference says. Reasons follow Sisimai's
 * verdicts for the same wording (rhost-* labels in the corpus).
 */
const LINES: [
  line: string,
  provider: string | null,
  tag: string | null,
  status: string | null,
  reason: string,
][] = [
  [
    "550 OU-002 (COL0-MC6-F14) Unfortunately, messages from 192.0.2.6 weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
    'outlook-com',
    'OU-002',
    null,
    'blocked',
  ],
  [
    "550 5.7.1 Unfortunately, messages from [192.0.2.245] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
    'outlook-com',
    'S3140',
    '5.7.1',
    'blocked',
  ],
  [
    "550 5.7.1 Unfortunately, messages from [192.0.2.245] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA7B3C]",
    'outlook-com',
    'S3150',
    '5.7.1',
    'blocked',
  ],
  [
    '451 4.7.650 The mail server [192.0.2.99] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
    'outlook-com',
    'S775',
    '4.7.650',
    'badreputation',
  ],
  [
    '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
    'outlook-com',
    null,
    '5.7.515',
    'authfailure',
  ],
  [
    '550 5.7.606 Access denied, banned sending IP [192.0.2.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
    'microsoft-365',
    null,
    '5.7.606',
    'blocked',
  ],
  [
    '550 5.4.1 [user@example.com]: Recipient address rejected: Access denied',
    'microsoft-365',
    null,
    '5.4.1',
    'userunknown',
  ],
  [
    '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp',
    'gmail',
    null,
    '5.7.26',
    'authfailure',
  ],
  [
    '550-5.1.1 The email account that you tried to reach does not exist. - gsmtp',
    'gmail',
    null,
    '5.1.1',
    'userunknown',
  ],
  [
    '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    'yahoo',
    'TSS04',
    '4.7.0',
    'rejected',
  ],
  [
    '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see https://postmaster.yahooinc.com/error-codes',
    'yahoo',
    'BL23',
    '5.7.1',
    'blocked',
  ],
  [
    '554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes',
    'yahoo',
    null,
    '5.7.9',
    'policyviolation',
  ],
  [
    '554 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    'comcast',
    'BL000000',
    null,
    'blocked',
  ],
  [
    '550 5.1.0 <sender@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310',
    'spectrum',
    'AUP#In-1310',
    '5.1.0',
    'ratelimited',
  ],
  [
    '550 5.1.1 <user@example.net> recipient rejected: too many recipients this hour IB607',
    'godaddy',
    'IB607',
    '5.1.1',
    'ratelimited',
  ],
  [
    '550 Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.1',
    'orange',
    'OFR006_102',
    null,
    'blocked',
  ],
  [
    '550 5.7.1 Service unavailable; client [192.0.2.1] blocked using prs.proofpoint.com',
    'proofpoint',
    null,
    '5.7.1',
    'blocked',
  ],
  [
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
    null,
    null,
    '5.7.1',
    'blocked',
  ],
];

describe('the reader on the reference’s provider lines', () => {
  it.each(LINES)('%s', async (line, provider, tag, status, reason) => {
    const reading = classifyReading(await readBounce(line), SIGNATURES);
    const first = reading.recipients[0];
    expect(reading.kind).toBe('bounce');
    expect({
      provider: first?.provider ?? null,
      tag: first?.tag ?? null,
      status: first?.status ?? null,
      reason: first?.reason,
    }).toEqual({ provider, tag, status, reason });
  });
});
