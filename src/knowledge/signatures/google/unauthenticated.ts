/**
 * Gmail's 5.7.26 family: mail with no passing SPF or DKIM, SPF hard
 * failures and DMARC rejections. One status code, several meanings, so
 * each entry keys on its own wording.
 */
import type { Signature } from '../../schema';
import { GMAIL_SENDER_GUIDELINES, GMAIL_SMTP_ERRORS } from './sources';

export const gmailUnauthenticated: readonly Signature[] = [
  {
    id: 'gmail-5-7-26-unauthenticated',
    provider: 'gmail',
    title: 'Gmail 550 5.7.26: sender is unauthenticated (no SPF or DKIM pass)',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.26', '5.7.1'],
      text: [
        'sender\\s+is\\s+unauthenticated',
        'Gmail\\s+requires\\s+all\\s+senders\\s+to\\s+authenticate\\s+with\\s+either',
        'does\\s+not\\s+have\\s+authentication\\s+information',
        'fails\\s+to\\s+pass\\s+authentication\\s+checks',
      ],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.10] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication a1b2c3d4e5f6.12 - gsmtp',
    happening:
      'Gmail looked for a passing SPF check or a valid DKIM signature on this message and found neither, so nothing tied the mail to the domain it claims to come from. Gmail refuses such mail from every sender, large or small.',
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: ['check-gmail-sender-requirements', 'use-google-postmaster-tools'],
    prevent: [
      'Sign every outgoing message with DKIM, using a key published under your own domain.',
      'Keep the SPF record listing every server and service that sends as your domain, and update it the day you add one.',
    ],
    related: [
      'gmail-4-7-26-unauthenticated-rate-limited',
      'gmail-5-7-26-spf-hard-fail',
      'gmail-5-7-26-dmarc-policy',
      'generic-dmarc-reject',
    ],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-26-unauthenticated-rate-limited',
    provider: 'gmail',
    title: 'Gmail 421 4.7.26: rate limited because the mail is unauthenticated',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.26'],
      text: [
        'rate\\s+limited\\s+because\\s+it\\s+is\\s+unauthenticated',
        'Gmail\\s+requires\\s+all\\s+senders\\s+to\\s+authenticate\\s+with\\s+either',
      ],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.10] = did not pass b7c8d9e0f1a2.3 - gsmtp',
    happening:
      'This is the softer form of the 5.7.26 rejection: neither SPF nor DKIM passed, and Gmail is holding back mail without that proof. Your server will retry, but since Google tightened enforcement in November 2025 these deferrals can turn into outright rejections.',
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: ['check-gmail-sender-requirements', 'use-google-postmaster-tools'],
    prevent: [
      'Send a test message to a Gmail address after any change to your mail set-up and read the Authentication-Results header it receives.',
    ],
    related: ['gmail-5-7-26-unauthenticated', 'gmail-4-7-27-spf-not-passing'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-26-spf-hard-fail',
    provider: 'gmail',
    title: 'Gmail 550 5.7.26: SPF hard fail (-all) for the MAIL FROM domain',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.26'],
      text: [
        'SPF\\s+record\\s+with\\s+a\\s+hard\\s+fail',
        'fails\\s+to\\s+pass\\s+SPF\\s+checks',
      ],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.10]. To best protect our users from spam and phishing, the message has been blocked. c3d4e5f6a7b8.9 - gsmtp',
    happening:
      'The envelope sender domain publishes an SPF record ending in -all, which tells receivers to refuse mail from any address not listed. The IP that delivered this message is not listed, so Gmail did exactly that.',
    causes: [
      { cause: 'authentication-failing', prior: 0.55 },
      { cause: 'forwarding-breaks-authentication', prior: 0.35 },
      { cause: 'sender-domain-dns-broken', prior: 0.1 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Add a new sending server or service to the SPF record before it sends its first message.',
      'Have forwarders rewrite the envelope sender (SRS) or add ARC, so forwarded mail is not judged against your SPF record.',
    ],
    related: ['gmail-5-7-26-unauthenticated', 'gmail-5-7-27-spf-not-passing'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-26-dmarc-policy',
    provider: 'gmail',
    title:
      "Gmail 550 5.7.26: unauthenticated mail refused by the domain's DMARC policy",
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.26', '5.7.1'],
      text: [
        'not\\s+accepted\\s+due\\s+to\\s+domain\\S{0,6}\\s+DMARC\\s+policy',
      ],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection d4e5f6a7b8c9.21 - gsmtp",
    happening:
      'The domain in the visible From: address publishes a DMARC policy of reject, and this message had no SPF or DKIM result aligned with that domain. Gmail applied the policy the domain owner asked for. Older servers give the same text with 5.7.1.',
    causes: [
      { cause: 'authentication-failing', prior: 0.5 },
      { cause: 'forwarding-breaks-authentication', prior: 0.35 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Make sure every service sending as your domain either signs with DKIM under your domain or uses a return-path on your domain.',
      'Read your DMARC aggregate reports before moving the policy to quarantine or reject.',
    ],
    related: [
      'gmail-4-7-26-dmarc-dns-failure',
      'gmail-4-7-32-from-not-aligned',
      'generic-dmarc-reject',
    ],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-26-dmarc-dns-failure',
    provider: 'gmail',
    title: 'Gmail 451 4.7.26: DMARC check blocked by temporary DNS failures',
    match: {
      providers: ['gmail'],
      replyCodes: ['451', '421'],
      statuses: ['4.7.26'],
      text: ['temporary\\s+DNS\\s+failures\\s+prevent\\s+authentication'],
    },
    reason: 'authfailure',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      "451 4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication. Please contact the administrator of example.com domain if this was a legitimate mail. e5f6a7b8c9d0.4 - gsmtp",
    happening:
      'Gmail tried to look up the DNS records it needs to check SPF, DKIM or DMARC for your domain, and the lookups failed or timed out. Because the domain asks for strict DMARC handling, Gmail is deferring the mail rather than guessing.',
    causes: [
      { cause: 'sender-domain-dns-broken', prior: 0.7 },
      { cause: 'authentication-failing', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Host the domain on at least two name servers on separate networks, and watch that they answer quickly.',
    ],
    related: ['gmail-5-7-26-dmarc-policy'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
];
