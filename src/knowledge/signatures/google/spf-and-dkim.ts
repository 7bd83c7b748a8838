/**
 * Gmail's SPF and DKIM rules beyond 5.7.26: an SPF record that is too
 * broad (5.7.24), and the bulk-sender rules that want SPF (5.7.27) and
 * DKIM (5.7.30) to pass on their own. The 4.x forms defer, the 5.x refuse.
 */
import type { Signature } from '../../schema';
import {
  GMAIL_SENDER_FAQ,
  GMAIL_SENDER_GUIDELINES,
  GMAIL_SMTP_ERRORS,
} from './sources';

const SUSPICIOUS_SPF =
  'SPF\\s+record\\s+of\\s+the\\s+sending\\s+domain\\s+has\\s+one\\s+or\\s+more\\s+suspicious';
const SPF_NOT_PASSING = [
  'SPF\\s+authentication\\s+didn\\S{0,6}t\\s+pass',
  'SPF\\s+(?:authentication\\s+)?does\\s+not\\s+pass',
  'senders\\s+to\\s+authenticate\\s+(?:their\\s+email\\s+)?with\\s+SPF',
];
const DKIM_NOT_PASSING = [
  'DKIM\\s+authentication\\s+didn\\S{0,6}t\\s+pass',
  'DKIM\\s+does\\s+not\\s+pass',
  'senders\\s+to\\s+authenticate\\s+(?:their\\s+email\\s+)?with\\s+DKIM',
];

export const gmailSpfAndDkim: readonly Signature[] = [
  {
    id: 'gmail-5-7-24-suspicious-spf',
    provider: 'gmail',
    title: 'Gmail 550 5.7.24: SPF record has suspicious entries',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.24'],
      text: [SUSPICIOUS_SPF],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.24 The SPF record of the sending domain has one or more suspicious entries. For more information, go to Email sender guidelines. https://support.google.com/mail/answer/81126#authentication f6a7b8c9d0e1.5 - gsmtp',
    happening:
      "Gmail read your domain's SPF record and judged it too permissive to mean anything, for example because it ends in +all or authorises huge address ranges. An SPF record that lets almost anyone send proves nothing, so the mail is refused.",
    causes: [
      { cause: 'sender-domain-dns-broken', prior: 0.6 },
      { cause: 'authentication-failing', prior: 0.4 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'List only the specific servers and provider includes that send for you, and end the record with ~all or -all.',
    ],
    related: ['gmail-4-7-24-suspicious-spf', 'gmail-5-7-26-spf-hard-fail'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-24-suspicious-spf',
    provider: 'gmail',
    title: 'Gmail 451 4.7.24: rate limited, SPF record has suspicious entries',
    match: {
      providers: ['gmail'],
      replyCodes: ['451', '421'],
      statuses: ['4.7.24'],
      text: [SUSPICIOUS_SPF],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. a7b8c9d0e1f2.6 - gsmtp',
    happening:
      "Gmail found your domain's SPF record too broad to trust and is slowing down mail from your IP while that lasts. Retries may get through, but the record needs tightening before it turns into a hard block.",
    causes: [
      { cause: 'sender-domain-dns-broken', prior: 0.6 },
      { cause: 'authentication-failing', prior: 0.4 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Review the SPF record whenever a sending service is added or dropped, and remove entries nobody can account for.',
    ],
    related: ['gmail-5-7-24-suspicious-spf'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-27-spf-not-passing',
    provider: 'gmail',
    title: 'Gmail 421 4.7.27: bulk mail rate limited, SPF did not pass',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.27'],
      text: SPF_NOT_PASSING,
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF [example.com] with IP address: [192.0.2.10] = Did not pass. b8c9d0e1f2a3.7 - gsmtp",
    happening:
      'Gmail treats you as a bulk sender (around 5,000 or more messages a day to Gmail accounts), and bulk senders must pass SPF. This message did not, so Gmail is deferring your mail.',
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'forwarding-breaks-authentication', prior: 0.2 },
      { cause: 'sender-domain-dns-broken', prior: 0.2 },
    ],
    fixes: ['check-gmail-sender-requirements', 'use-google-postmaster-tools'],
    prevent: [
      'Check SPF results for every sending stream in Postmaster Tools, not only the main one.',
    ],
    related: ['gmail-5-7-27-spf-not-passing', 'gmail-5-7-26-spf-hard-fail'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_FAQ],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-27-spf-not-passing',
    provider: 'gmail',
    title: 'Gmail 550 5.7.27: bulk mail blocked, SPF did not pass',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.27'],
      text: SPF_NOT_PASSING,
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.27 This mail has been blocked because SPF does not pass. Gmail requires all large senders to authenticate with SPF. Authentication results: SPF [example.com] with ip: [192.0.2.10] = did not pass. c9d0e1f2a3b4.8 - gsmtp',
    happening:
      'You count as a bulk sender to Gmail, and Gmail now refuses bulk mail whose SPF check fails. The IP that sent this message is not authorised by the SPF record of the envelope sender domain.',
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'forwarding-breaks-authentication', prior: 0.2 },
      { cause: 'sender-domain-dns-broken', prior: 0.2 },
    ],
    fixes: ['check-gmail-sender-requirements', 'use-google-postmaster-tools'],
    prevent: [
      'Give each sending service its own return-path subdomain with an SPF record that lists exactly that service.',
    ],
    related: ['gmail-4-7-27-spf-not-passing', 'gmail-5-7-26-spf-hard-fail'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_FAQ],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-30-dkim-not-passing',
    provider: 'gmail',
    title: 'Gmail 421 4.7.30: bulk mail rate limited, DKIM did not pass',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      // Sisimai has also seen this wording under 4.7.28.
      statuses: ['4.7.30', '4.7.28'],
      text: DKIM_NOT_PASSING,
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      "421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication results: DKIM = Did not pass. d0e1f2a3b4c5.9 - gsmtp",
    happening:
      'Gmail expects bulk senders to sign every message with DKIM. This message carried no signature, or one that failed to verify, so Gmail is deferring your mail.',
    causes: [
      { cause: 'authentication-failing', prior: 0.75 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
      { cause: 'sender-domain-dns-broken', prior: 0.1 },
    ],
    fixes: ['check-gmail-sender-requirements', 'use-google-postmaster-tools'],
    prevent: [
      'Check that the DKIM public key is published at {selector}._domainkey.{domain} before switching signing on.',
    ],
    related: ['gmail-5-7-30-dkim-not-passing', 'gmail-5-7-26-unauthenticated'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_FAQ],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-30-dkim-not-passing',
    provider: 'gmail',
    title: 'Gmail 550 5.7.30: bulk mail blocked, DKIM did not pass',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.30', '5.7.28'],
      text: DKIM_NOT_PASSING,
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM. Authentication results: DKIM = did not pass. e1f2a3b4c5d6.10 - gsmtp',
    happening:
      'You count as a bulk sender to Gmail, and Gmail now refuses bulk mail without a valid DKIM signature. Either nothing signed this message or the signature broke on the way.',
    causes: [
      { cause: 'authentication-failing', prior: 0.75 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
      { cause: 'sender-domain-dns-broken', prior: 0.1 },
    ],
    fixes: ['check-gmail-sender-requirements', 'use-google-postmaster-tools'],
    prevent: [
      'Avoid changing a message after it is signed: footers or rewritten links added later break the signature.',
    ],
    related: ['gmail-4-7-30-dkim-not-passing', 'gmail-5-7-26-unauthenticated'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_FAQ],
    confidence: 'hi',
    noReview: true,
  },
];
