/**
 * Microsoft 365 refusing mail whose sender does not authenticate:
 * DMARC and SPF failures, and the stricter rules for mail over IPv6.
 */
import type { Signature } from '../../schema';
import { EXO_NDR, exoFixPage } from './sources';

export const m365AuthSignatures: readonly Signature[] = [
  {
    id: 'm365-5-7-509-dmarc',
    provider: 'microsoft-365',
    title:
      '5.7.509: Microsoft 365 rejected mail that fails DMARC with p=reject',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.509'],
      text: ['does\\s+not\\s+pass\\s+DMARC\\s+verification'],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [BN8PR12MB3345.namprd12.prod.outlook.com 2024-04-29T23:34:45.000Z 08DC6A1F2B3C4D5E]',
    happening:
      'The domain in the From header publishes a DMARC policy of reject, and this message passed neither SPF nor DKIM for that domain. Microsoft 365 did what the domain owner asked and refused it.',
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'forwarding-breaks-authentication', prior: 0.25 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Before adding a new service that sends as your domain, set it up to sign with DKIM for your domain or to use a return-path under your domain that SPF covers.',
      'Read DMARC aggregate reports to find senders that fail before mail is lost.',
    ],
    related: [
      'generic-dmarc-reject',
      'outlook-5-7-515-auth-level',
      'm365-5-7-23-spf',
    ],
    sources: [EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-23-spf',
    provider: 'microsoft-365',
    title: '5.7.23: Microsoft 365 rejected mail for an SPF failure',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.23'],
      text: [
        'rejected\\s+because\\s+of\\s+Sender\\s+Policy\\s+Framework\\s+violation',
      ],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    happening:
      "The receiving organisation checks SPF strictly, and the server that sent this message is not listed in the sending domain's SPF record.",
    causes: [
      { cause: 'authentication-failing', prior: 0.65 },
      { cause: 'forwarding-breaks-authentication', prior: 0.2 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Add every service that sends as your domain to its SPF record, and stay under the limit of ten DNS lookups.',
    ],
    related: ['m365-5-7-509-dmarc', 'outlook-sender-id-failure'],
    sources: [
      EXO_NDR,
      exoFixPage(
        'Fix error code 5.7.23 in Exchange Online',
        'fix-error-code-5-7-23-in-exchange-online',
      ),
    ],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-25-ipv6-no-ptr',
    provider: 'microsoft-365',
    title: '5.7.25: Microsoft 365 needs reverse DNS for mail sent over IPv6',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.25'],
      text: [
        'IPv6\\s+address\\s+\\[[^\\]]*\\]\\s+must\\s+have\\s+a\\s+reverse\\s+DNS\\s+record',
      ],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record.',
    happening:
      'Your server reached Microsoft 365 over IPv6 from an address that has no reverse DNS (PTR) name, which Microsoft requires for IPv6 senders.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Give every IPv6 address your server sends from a PTR record that names the server, or stop the server from sending over IPv6 until it has one.',
    ],
    related: ['generic-rdns-required', 'm365-4-7-26-ipv6-unauthenticated'],
    sources: [EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-4-7-26-ipv6-unauthenticated',
    provider: 'microsoft-365',
    title: '4.7.26: Microsoft 365 needs SPF or DKIM to pass for mail over IPv6',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['450', '451'],
      statuses: ['4.7.26'],
      text: [
        'sent\\s+over\\s+IPv6\\s+\\[[^\\]]*\\]\\s+must\\s+pass\\s+either\\s+SPF\\s+or\\s+DKIM',
      ],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::26] must pass either SPF or DKIM validation, this message is not signed',
    happening:
      'Microsoft 365 accepts mail over IPv6 only when SPF or DKIM passes. This message passed neither, so it was deferred; retries will fail the same way until the sender authenticates.',
    causes: [
      { cause: 'authentication-failing', prior: 0.8 },
      { cause: 'sender-domain-dns-broken', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Include your IPv6 sending addresses in SPF (ip6: mechanisms) and sign all outgoing mail with DKIM.',
    ],
    related: ['m365-5-7-25-ipv6-no-ptr', 'm365-5-7-23-spf'],
    sources: [EXO_NDR],
    confidence: 'hi',
  },
];
