/**
 * One small hand-made message per format family, read end to end: the
 * kind, the format, each recipient's facts and the evidence trail.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/engine/read/index';

const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'read',
);

async function read(name: string) {
  return readBounce(new Uint8Array(await readFile(join(FIXTURES, name))));
}

const ROWS = [
  {
    file: 'postfix-dsn.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipient: {
      address: 'ghost@example.net',
      action: 'failed',
      status: '5.1.1',
      replyCode: '550',
      remoteMta: 'mx.example.net',
      command: 'RCPT',
      reason: 'userunknown',
      hard: true,
      diagnostic:
        '<ghost@example.net>: Recipient address rejected: User unknown in local recipient table',
    },
  },
  {
    file: 'exim.eml',
    kind: 'bounce',
    format: 'exim',
    recipient: {
      address: 'full@example.net',
      status: '5.2.2',
      replyCode: '552',
      remoteMta: 'mx.example.net',
      command: 'RCPT',
      reason: 'mailboxfull',
      hard: false,
      diagnostic: '<full@example.net>: Mailbox full',
    },
  },
  {
    file: 'qmail.eml',
    kind: 'bounce',
    format: 'qmail',
    recipient: {
      address: 'nobody@example.net',
      status: '5.1.1',
      replyCode: '550',
      command: 'RCPT',
      reason: 'userunknown',
      diagnostic: '<nobody@example.net>... No such user',
    },
  },
  {
    file: 'arf.eml',
    kind: 'feedback',
    format: 'arf',
    recipient: {
      address: 'reader@example.net',
      reason: 'feedback',
      feedbackType: 'abuse',
    },
  },
  {
    file: 'auto-reply.eml',
    kind: 'auto-reply',
    format: 'rfc3834',
    recipient: { address: 'away@example.net', reason: 'vacation', hard: false },
  },
  {
    file: 'japanese-base64.eml',
    kind: 'bounce',
    format: 'text',
    recipient: {
      address: 'neina@example.jp',
      status: '5.1.1',
      replyCode: '550',
      diagnostic: '<neina@example.jp>... User unknown',
    },
  },
];

describe('format families', () => {
  it.each(ROWS)('reads $file as $format', async (row) => {
    const reading = await read(row.file);
    expect(reading.kind).toBe(row.kind);
    expect(reading.format).toBe(row.format);
    expect(reading.recipients).toHaveLength(1);
    expect(reading.recipients[0]).toMatchObject(row.recipient);
  });

  it('keeps the returned message as evidence', async () => {
    const reading = await read('postfix-dsn.eml');
    expect(reading.original).toEqual({
      from: 'Sender <sender@example.org>',
      returnPath: 'sender@example.org',
      messageId: '<abc123@example.org>',
      subject: 'Hello',
      received: [
        'from [198.51.100.7] (unknown [198.51.100.7]) by mx.example.org (Postfix) with ESMTPSA id 4F1A for <ghost@example.net>; Tue, 11 Jun 2024 10:00:00 +0000 (UTC)',
      ],
      dkimSignatures: [{ domain: 'example.org', selector: 'sel2024' }],
      auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
      listUnsubscribe: '<mailto:leave@example.org>',
    });
    expect(reading.reportingMta).toBe('mx.example.org');
    expect(reading.ips).toEqual(['198.51.100.7']);
    expect(reading.domains).toEqual([
      'example.org',
      'example.net',
      'mx.example.net',
      'mx.example.org',
    ]);
  });

  it('reads the same bounce pasted as text instead of bytes', async () => {
    const text = await readFile(join(FIXTURES, 'japanese-base64.eml'), 'utf8');
    const reading = await readBounce(text);
    expect(reading.recipients[0]?.diagnostic).toBe(
      '<neina@example.jp>... User unknown',
    );
  });
});

describe('providers from the remote host', () => {
  it.each([
    ['x.olc.protection.outlook.com', 'outlook-com'],
    ['example-com.mail.protection.outlook.com', 'microsoft-365'],
    ['gmail-smtp-in.l.google.com', 'gmail'],
    ['mta7.am0.yahoodns.net', 'yahoo'],
    ['mx0a-001.pphosted.com', 'proofpoint'],
    ['eu-smtp-inbound-1.mimecast.com', 'mimecast'],
  ])('names %s as %s', async (host, provider) => {
    const reading = await readBounce(
      `<a@example.com>: host ${host}[192.0.2.1] said: 550 5.7.1 Message rejected (in reply to end of DATA command)`,
    );
    expect(reading.recipients[0]?.provider).toBe(provider);
  });
});
