/** Bounces to try, one per common situation, with documentation IPs. */
export interface PasteExample {
  label: string;
  text: string;
}

const GMAIL_UNAUTHENTICATED = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: news@example.com
Subject: Delivery Status Notification (Failure)
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=UTF-8

Your message wasn't delivered to reader@gmail.com because the address
couldn't be found, or is unable to receive mail.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; reader@gmail.com
Action: failed
Status: 5.7.26
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.27)
Diagnostic-Code: smtp; 550-5.7.26 This mail has been blocked because the sender
 is unauthenticated. Gmail requires all senders to authenticate with either
 SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com]
 with ip: [198.51.100.20] = did not pass - gsmtp

--b1
Content-Type: text/rfc822-headers

Return-Path: <news@example.com>
Received: from mail.example.com (mail.example.com [198.51.100.20])
 by smtp.example.com with ESMTP id 1234; Tue, 1 Dec 2026 09:00:00 +0000
From: Example News <news@example.com>
To: reader@gmail.com
Subject: December newsletter
Message-ID: <20261201090000.1234@example.com>
Date: Tue, 1 Dec 2026 09:00:00 +0000

--b1--
`;

export const PASTE_EXAMPLES: readonly PasteExample[] = [
  {
    label: 'Outlook.com block list (OU-002)',
    text: "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).",
  },
  { label: 'Gmail 5.7.26, unauthenticated', text: GMAIL_UNAUTHENTICATED },
  {
    label: 'Yahoo TSS04 deferral',
    text: '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
  },
  {
    label: 'Unknown user',
    text: '<jane@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
  },
];
