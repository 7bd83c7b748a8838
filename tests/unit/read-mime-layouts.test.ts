/**
 * MIME layouts that hid a bounce from the reader: a header folded
 * without its leading space, a report attached to a wrapper or a
 * forward, several reports in one paste, and DSN fields pasted alone.
 * Each input is hand-written; each row pins what a user should see.
 */
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/engine/read/index';

/** A text part, named by a multipart whose boundary was folded badly. */
function brokenFold(contentType: string): string {
  return `From: postmaster@sms.example.net
Subject: Re: hello
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer-1"

--outer-1
${contentType}

--inner-2
Content-Type: text/plain; charset=us-ascii

Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  RCPT TO: gone@sms.example.net

--inner-2--

--outer-1--
`;
}

const DSN_PART = `Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; nobody@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: User unknown`;

/** A delivery report as a whole message, boundary `b`. */
function report(b: string, dsnPart: string): string {
  return `From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>
Subject: Returned mail: User unknown
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="${b}"

--${b}

The following addresses had permanent delivery errors

--${b}
${dsnPart}

--${b}--
`;
}

/** `inner` attached to an outer message that adds no report of its own. */
function wrapped(subject: string, from: string, inner: string): string {
  return `From: ${from}
Subject: ${subject}
Content-Type: multipart/mixed; boundary="wrap"

--wrap
Content-Type: text/plain

The message below could not be delivered.
----- The following addresses had permanent delivery errors -----

--wrap
Content-Type: message/rfc822

${inner}
--wrap--
`;
}

const TEXT_NDR = `From: MAILER-DAEMON@mx.example.com
Subject: failure notice

Hi. This is the qmail-send program at mx.example.com.
I'm afraid I wasn't able to deliver your message to the following addresses.

<full@example.com>:
552 5.2.2 Mailbox full
`;

const TWO_REPORTS = report(
  'two',
  `${DSN_PART}

--two
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; full@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full`,
);

const MAILBOX = `From MAILER-DAEMON  Thu Jul  2 12:05:05 2020
${report('first', DSN_PART)}From postmaster@mx.example.org  Thu Jul  2 12:05:06 2020
${report('first', DSN_PART.replace(/nobody@/g, 'other@'))}`;

const PASTED_FIELDS = `Final-Recipient: rfc822; a@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown`;

const USER_UNKNOWN = {
  address: 'nobody@example.org',
  status: '5.1.1',
  replyCode: '550',
  reason: 'userunknown',
};

const ROWS = [
  {
    name: 'a boundary on a line without its leading space',
    input: brokenFold(
      'Content-Type: multipart/alternative;\nboundary="inner-2"',
    ),
    kind: 'bounce',
    want: [
      {
        address: 'gone@sms.example.net',
        status: null,
        replyCode: '550',
        reason: 'filtered',
      },
    ],
  },
  {
    name: 'a multipart that lost its boundary parameter altogether',
    input: brokenFold('Content-Type: multipart/alternative'),
    kind: 'bounce',
    want: [
      {
        address: 'gone@sms.example.net',
        status: null,
        replyCode: '550',
        reason: 'filtered',
      },
    ],
  },
  {
    name: 'a report wrapped by a gateway in a notice of its own',
    input: wrapped(
      'Returned mail',
      'MAILER-DAEMON@gw.example.net',
      report('in', DSN_PART),
    ),
    kind: 'bounce',
    want: [USER_UNKNOWN],
  },
  {
    name: 'a text bounce a person forwarded as an attachment',
    input: wrapped('Fwd: failure notice', 'Ann <ann@example.net>', TEXT_NDR),
    kind: 'bounce',
    want: [
      {
        address: 'full@example.com',
        status: '5.2.2',
        replyCode: '552',
        reason: 'mailboxfull',
      },
    ],
  },
  {
    name: 'two delivery-status parts in one report',
    input: TWO_REPORTS,
    kind: 'bounce',
    want: [
      USER_UNKNOWN,
      {
        address: 'full@example.com',
        status: '5.2.2',
        replyCode: '552',
        reason: 'mailboxfull',
      },
    ],
  },
  {
    name: 'two reports saved one after another in a mailbox file',
    input: MAILBOX,
    kind: 'bounce',
    want: [USER_UNKNOWN, { ...USER_UNKNOWN, address: 'other@example.org' }],
  },
  {
    name: 'DSN fields pasted with no header or text before them',
    input: PASTED_FIELDS,
    kind: 'bounce',
    want: [{ ...USER_UNKNOWN, address: 'a@example.com' }],
  },
];

describe('MIME layouts that used to hide the bounce', () => {
  it.each(ROWS)('$name', async ({ input, kind, want }) => {
    const reading = await readBounce(input);
    const got = reading.recipients.map((r) => ({
      address: r.address,
      status: r.status,
      replyCode: r.replyCode,
      reason: r.reason,
    }));
    expect(reading.kind).toBe(kind);
    expect(got).toEqual(want);
  });

  it('reads pasted DSN fields as an RFC 3464 report', async () => {
    const reading = await readBounce(PASTED_FIELDS);
    expect(reading.format).toBe('rfc3464');
    expect(reading.recipients[0]?.action).toBe('failed');
  });

  it('reads the same fields as bytes from a mailbox file', async () => {
    const bytes = new TextEncoder().encode(MAILBOX);
    const reading = await readBounce(bytes);
    expect(reading.recipients.map((r) => r.address)).toEqual([
      'nobody@example.org',
      'other@example.org',
    ]);
  });

  it('keeps a bounce whose attached original is an ordinary message', async () => {
    const original = `From: Ann <ann@example.net>\nSubject: Fwd: lunch\n\nSee you.\n`;
    const input = wrapped(
      'failure notice',
      'MAILER-DAEMON@mx.example.com',
      original,
    ).replace(
      'The message below',
      '<full@example.com>:\n552 5.2.2 Mailbox full\nThe message below',
    );
    const reading = await readBounce(input);
    expect(reading.recipients.map((r) => r.address)).toEqual([
      'full@example.com',
    ]);
    expect(reading.original?.subject).toBe('Fwd: lunch');
  });

  it('does not take a "From " line inside a body for a new message', async () => {
    const input = `From MAILER-DAEMON  Thu Jul  2 12:05:05 2020\n${report('one', DSN_PART)}\nFrom here on, nothing.\n`;
    const reading = await readBounce(input);
    expect(reading.recipients).toHaveLength(1);
  });

  it('reads an HTML-only notice as its text, not its tags', async () => {
    const input = `From: postmaster@example.fr
Subject: Non remis
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

<p>Le message n'a pas pu être remis à <b>absent@example.fr</b>.</p>
<p>550 5.1.1 Adresse inconnue : boîte à lettres introuvable</p>
`;
    const reading = await readBounce(input);
    expect(reading.recipients).toMatchObject([
      {
        address: 'absent@example.fr',
        replyCode: '550',
        status: '5.1.1',
        diagnostic: 'Adresse inconnue : boîte à lettres introuvable',
      },
    ]);
  });
});
