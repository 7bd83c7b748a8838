/**
 * What people paste most: one SMTP reply or one log line, no headers.
 * Each must read as a bounce with one recipient and its facts.
 */
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/engine/read/index';

interface Row {
  paste: string;
  address: string | null;
  status: string | null;
  replyCode: string | null;
  reason: string;
  tag: string | null;
  provider: string | null;
}

const ROWS: Row[] = [
  {
    paste:
      "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    address: null,
    status: '5.7.1',
    replyCode: '550',
    reason: 'blocked',
    tag: 'S3150',
    provider: 'outlook-com',
  },
  {
    paste:
      "550 OU-002 (COL0-MC6-F14) Unfortunately, messages from 192.0.2.6 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.",
    address: null,
    status: null,
    replyCode: '550',
    reason: 'blocked',
    tag: 'OU-002',
    provider: 'outlook-com',
  },
  {
    paste:
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n550 5.7.26 https://support.google.com/mail/answer/81126 - gsmtp',
    address: null,
    status: '5.7.26',
    replyCode: '550',
    reason: 'authfailure',
    tag: null,
    provider: 'gmail',
  },
  {
    paste:
      'Jun 11 10:00:00 mx postfix/smtp[123]: 4F1A: to=<kijitora@example.com>, relay=gmail-smtp-in.l.google.com[142.250.1.26]:25, delay=1.2, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.1.26] said: 550-5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command))',
    address: 'kijitora@example.com',
    status: '5.1.1',
    replyCode: '550',
    reason: 'userunknown',
    tag: null,
    provider: 'gmail',
  },
  {
    paste:
      '550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]',
    address: null,
    status: '5.4.1',
    replyCode: '550',
    reason: 'userunknown',
    tag: null,
    provider: null,
  },
  {
    paste: '550 5.1.1 <nyaan@example.net> too many recipients this hour IB607',
    address: 'nyaan@example.net',
    status: '5.1.1',
    replyCode: '550',
    reason: 'ratelimited',
    tag: 'IB607',
    provider: 'godaddy',
  },
  {
    paste:
      '550 5.1.0 <neko@example.org> sender rejected. Please see understanding-email-error-codes for more information: AUP#In-1310',
    address: 'neko@example.org',
    status: '5.1.0',
    replyCode: '550',
    reason: 'ratelimited',
    tag: 'AUP#In-1310',
    provider: 'spectrum',
  },
  {
    paste: '452 4.2.2 The email account that you tried to reach is over quota.',
    address: null,
    status: '4.2.2',
    replyCode: '452',
    reason: 'mailboxfull',
    tag: null,
    provider: null,
  },
  {
    // A greeting that refuses the session outright is a block, whatever
    // generic status the reporting MTA puts beside it.
    paste: '554 smtpin013.mx.example.net ESMTP not accepting connections',
    address: null,
    status: null,
    replyCode: '554',
    reason: 'blocked',
    tag: null,
    provider: null,
  },
];

describe('a single pasted line', () => {
  it.each(ROWS)('reads $status $replyCode $tag', async (row) => {
    const reading = await readBounce(row.paste);
    expect(reading.kind).toBe('bounce');
    expect(reading.recipients).toHaveLength(1);
    const [recipient] = reading.recipients;
    expect({
      address: recipient?.address,
      status: recipient?.status,
      replyCode: recipient?.replyCode,
      reason: recipient?.reason,
      tag: recipient?.tag,
      provider: recipient?.provider,
    }).toEqual({
      address: row.address,
      status: row.status,
      replyCode: row.replyCode,
      reason: row.reason,
      tag: row.tag,
      provider: row.provider,
    });
  });

  it('drops continuation prefixes from a multi-line reply', async () => {
    const reading = await readBounce(ROWS[2]?.paste ?? '');
    expect(reading.recipients[0]?.diagnostic).toBe(
      'This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. https://support.google.com/mail/answer/81126 - gsmtp',
    );
  });

  it('takes the wrappers off a Postfix log line', async () => {
    const reading = await readBounce(ROWS[3]?.paste ?? '');
    expect(reading.recipients[0]).toMatchObject({
      command: 'RCPT',
      remoteMta: 'gmail-smtp-in.l.google.com',
      diagnostic: 'The email account that you tried to reach does not exist.',
    });
  });
});
