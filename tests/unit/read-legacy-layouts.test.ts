/**
 * The older and odder layouts the reader learnt from the corpus gaps:
 * hand-written notices (not corpus copies), each with the facts and the
 * reason the reader should take from it.
 */
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/engine/read/index';

const V5_SENDMAIL = `From: MAILER-DAEMON@mx.example.net
Subject: Returned mail: Unable to deliver mail

   ----- Transcript of session follows -----
While talking to mx.example.org:
>>> MAIL From:<sender@example.net>
<<< 550 Insecure Mail Relay
554 <someone@example.org>... Remote protocol error
While talking to mx.example.com:
>>> RCPT To:<nobody@example.com>
<<< 550 No such user here
550 <nobody@example.com>... User unknown
   ----- Unsent message follows -----
Subject: hello
`;

const EXCHANGE_2003 = `From: postmaster@example.org
Subject: Undeliverable: hello

Your message

  To:      someone@example.org
  Subject: hello

did not reach the following recipient(s):

someone@example.org on Mon, 1 Mar 2004 10:00:00 +0000
    The recipient name is not recognized
    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient
`;

const NOTES = `From: postmaster@example.com
Subject: DELIVERY FAILURE: User not listed

------- Failure Reasons  --------
User someone not listed in public Name & Address Book
someone@example.com
------- Returned Message --------
Subject: hello
`;

const NULL_MX = `The mail system could not deliver your message.

Final-Recipient: rfc822; someone@example.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; The domain example.net doesn't receive email: null MX
`;

const ROWS = [
  {
    name: 'old sendmail: the transcript alone names the recipients',
    input: V5_SENDMAIL,
    want: [
      {
        address: 'someone@example.org',
        replyCode: '550',
        reason: 'norelaying',
      },
      {
        address: 'nobody@example.com',
        replyCode: '550',
        reason: 'userunknown',
      },
    ],
  },
  {
    name: "Exchange 2003: the original's To: line is not a failure",
    input: EXCHANGE_2003,
    want: [
      {
        address: 'someone@example.org',
        replyCode: null,
        reason: 'userunknown',
      },
    ],
  },
  {
    name: 'Lotus Notes: the reason comes before its address',
    input: NOTES,
    want: [
      {
        address: 'someone@example.com',
        replyCode: null,
        reason: 'userunknown',
      },
    ],
  },
  {
    name: 'a null MX means the domain takes no mail',
    input: NULL_MX,
    want: [
      { address: 'someone@example.net', replyCode: null, reason: 'notaccept' },
    ],
  },
];

describe('legacy and unusual bounce layouts', () => {
  it.each(ROWS)('$name', async ({ input, want }) => {
    const reading = await readBounce(input);
    const got = reading.recipients.map((r) => ({
      address: r.address,
      replyCode: r.replyCode,
      reason: r.reason,
    }));
    expect(got).toEqual(want);
  });

  it('reads an auto-reply as a vacation unless the mailbox is gone', async () => {
    const away = await readBounce(
      'From: a@example.com\nSubject: Auto: hello\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n',
    );
    const gone = await readBounce(
      'From: a@example.com\nSubject: Auto: hello\nAuto-Submitted: auto-replied\n\nThis inbox is no longer in use.\n',
    );
    expect(away.recipients[0]?.reason).toBe('vacation');
    expect(gone.recipients[0]?.reason).toBe('suspend');
  });
});
