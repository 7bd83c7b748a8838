/**
 * Gmail refusals about where the mail comes from rather than what it
 * says: reverse DNS, IPv6 rules, direct-to-MX from consumer ranges, and
 * Workspace domains that insist on TLS or on their own gateway.
 */
import type { Signature } from '../../schema';
import { GMAIL_SENDER_GUIDELINES, GMAIL_SMTP_ERRORS } from './sources';

export const gmailIpAndRouting: readonly Signature[] = [
  {
    id: 'gmail-5-7-25-ptr-missing',
    provider: 'gmail',
    title:
      'Gmail 550 5.7.25: sending IP has no PTR record or it does not match',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.25'],
      text: [
        'does\\s+not\\s+have\\s+a\\s+PTR\\s+record',
        'IPs\\s+with\\s+missing\\s+PTR',
        'does\\s+not\\s+match\\s+the\\s+IP\\s+address\\s+of\\s+the\\s+hostname',
      ],
    },
    reason: 'requireptr',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.25 [192.0.2.20] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. f8a9b0c1d2e3.17 - gsmtp',
    happening:
      'Gmail looked up the reverse DNS (PTR) name of the sending IP and either found none, or found a name whose own address record does not lead back to that IP. Gmail refuses mail from IPs that fail this round trip.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.8 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Ask whoever owns the IP (your host or ISP) to set its PTR to your mail host name, and give that name an A or AAAA record pointing back to {ip}.',
    ],
    related: ['gmail-4-7-23-ptr-missing', 'generic-rdns-required'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-23-ptr-missing',
    provider: 'gmail',
    title:
      'Gmail 421 4.7.23 / 4.7.0: rate limited, sending IP has no valid PTR',
    match: {
      providers: ['gmail'],
      replyCodes: ['421', '451'],
      statuses: ['4.7.23', '4.7.0'],
      text: [
        '(?:does\\s+not|doesn\\S{0,6}t)\\s+have\\s+a\\s+PTR\\s+record',
        'PTR\\s+record\\S{0,6}s\\s+forward\\s+DNS',
      ],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      "421 4.7.23 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited. a9b0c1d2e3f4.18 - gsmtp",
    happening:
      'The sending IP fails the reverse DNS round trip (no PTR, or a PTR name that does not point back to the IP). Gmail is slowing your mail down for now; the permanent form of this check is 5.7.25.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.8 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Check the PTR of every new sending IP before it carries production mail.',
    ],
    related: ['gmail-5-7-25-ptr-missing', 'generic-rdns-required'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-1-ipv6-guidelines',
    provider: 'gmail',
    title: 'Gmail 550 5.7.1: message does not meet IPv6 sending guidelines',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.1'],
      text: ['does\\s+not\\s+meet\\s+IPv6\\s+sending\\s+guidelines'],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 [2001:db8::25] This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to Email sender guidelines. b0c1d2e3f4a5.19 - gsmtp',
    happening:
      'The message arrived over IPv6, where Gmail is stricter: the sending address needs a matching PTR record and the mail must pass SPF or DKIM. One of the two was missing.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.6 },
      { cause: 'authentication-failing', prior: 0.4 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'If you cannot give your IPv6 addresses proper PTR records, make the server send to Gmail over IPv4 only.',
    ],
    related: ['gmail-5-7-25-ptr-missing', 'gmail-5-7-26-unauthenticated'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-1-not-authorized-direct',
    provider: 'gmail',
    title:
      'Gmail 550 5.7.1: IP not authorized to send directly; use your relay',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.1'],
      text: [
        'not\\s+authorized\\s+to\\s+send\\s+email\\s+directly\\s+to\\s+our\\s+servers',
      ],
    },
    reason: 'norelaying',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.1 [198.51.100.7] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. c1d2e3f4a5b6.20 - gsmtp",
    happening:
      'The sending IP belongs to a range that Gmail does not expect to run mail servers, such as home broadband or dynamic addresses. Mail from there has to go out through the relay of your ISP or mail provider.',
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Run mail servers only on static addresses meant for them, or send through an authenticated smarthost.',
    ],
    related: ['spamhaus-zen-listing', 'gmail-5-7-25-ptr-missing'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-0-tls-required-for-rcpt-domain',
    provider: 'gmail',
    title: 'Gmail 421 4.7.0: TLS required for RCPT domain (Workspace policy)',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.0'],
      text: ['TLS\\s+required\\s+for\\s+RCPT\\s+domain'],
    },
    reason: 'failedstarttls',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.0 TLS required for RCPT domain, closing connection. For more information, go to Email encryption in transit. d2e3f4a5b6c7.21 - gsmtp',
    happening:
      'The recipient organisation has set its Google Workspace to accept mail only over encrypted connections, and your server did not use STARTTLS. Retrying will keep failing until your side encrypts.',
    causes: [
      { cause: 'tls-not-offered', prior: 0.85 },
      { cause: 'recipient-policy', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Make STARTTLS the default for outgoing mail; an unencrypted fallback will meet more and more refusals like this one.',
    ],
    related: ['gmail-4-7-29-tls-not-used', 'generic-starttls-required'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-0-ip-not-in-allowlist',
    provider: 'gmail',
    title:
      'Gmail 421 4.7.0: IP not in whitelist for RCPT domain (inbound gateway)',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.0'],
      text: ['IP\\s+not\\s+in\\s+whitelist\\s+for\\s+RCPT\\s+domain'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: false,
    actor: 'recipient-admin',
    example:
      '421 4.7.0 IP not in whitelist for RCPT domain, closing connection. For more information, go to Allowlists, denylists, and approved senders. e3f4a5b6c7d8.22 - gsmtp',
    happening:
      "The recipient's Google Workspace only takes mail that arrives through its own filtering gateway, and your server delivered straight to Google. Nothing about your mail is wrong; the recipient's set-up decides the route.",
    causes: [
      { cause: 'recipient-policy', prior: 0.8 },
      { cause: 'recipient-misconfigured-filter', prior: 0.2 },
    ],
    fixes: ['ask-recipient-workspace-admin'],
    prevent: [
      'Deliver to the MX hosts the recipient domain publishes, never to a cached or hard-coded Google host.',
    ],
    related: ['gmail-4-7-0-tls-required-for-rcpt-domain'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
];
