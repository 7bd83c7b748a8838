/**
 * Comcast refusals about where the mail comes from: dynamic address
 * space (ES codes) and reverse DNS.
 */
import type { Signature } from '../../schema';
import { COMCAST_CODES, COMCAST_SMTP_CODES, XFINITY_ERRORS } from './sources';

export const comcastNetworkSignatures: readonly Signature[] = [
  {
    id: 'comcast-es000001',
    provider: 'comcast',
    title: "Comcast ES000001: sending from Comcast's own residential IP space",
    match: { providers: ['comcast'], tags: ['ES000001'] },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 resimta-po-15v.sys.comcast.net comcast 192.0.2.20 Please see https://postmaster.comcast.net/smtp-error-codes.php#ES000001',
    happening:
      'Your server connects from a Comcast home-service address. Comcast does not take mail straight from its residential space, and this block is not lifted on request.',
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      "Send through Comcast's own outgoing server (smtp.comcast.net) with your Comcast login, or through a provider's smarthost.",
      'If you must run your own mail server, put it on a business line with a static IP and a matching PTR record.',
    ],
    related: ['comcast-es000010', 'spamhaus-pbl-listing'],
    sources: [COMCAST_CODES, XFINITY_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'comcast-es000010',
    provider: 'comcast',
    title: 'Comcast ES000010: sending IP looks dynamic or residential',
    match: { providers: ['comcast'], tags: ['ES000010'] },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 resimta-ch2-11v.sys.comcast.net comcast 198.51.100.21 Please see https://postmaster.comcast.net/smtp-error-codes.php#ES000010',
    happening:
      "Comcast has classed your IP, outside its own network, as dynamic or residential. Most often that is because the IP's reverse DNS name looks like a home line (numbers, 'dyn', 'pool') rather than a named static server.",
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.5 },
      { cause: 'reverse-dns-missing', prior: 0.4 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.1 },
    ],
    fixes: ['request-comcast-review'],
    prevent: [
      'Give each sending IP a PTR name that reads like a mail server (mail.example.com) and resolves back to the same IP.',
      'Relay through your ISP or a mail provider when the line is a home connection.',
    ],
    related: ['comcast-es000001', 'generic-rdns-required'],
    sources: [COMCAST_CODES, XFINITY_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'comcast-ptr-required',
    provider: 'comcast',
    title: 'Comcast 554: mail servers must have a PTR record (no reverse DNS)',
    match: {
      providers: ['comcast'],
      replyCodes: ['554', '550'],
      text: [
        'Comcast\\s+requires\\s+that\\s+all\\s+mail\\s+servers\\s+must\\s+have\\s+a\\s+PTR',
        'valid\\s+Reverse\\s+DNS\\s+entry',
      ],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 imta28.emeryville.ca.mail.comcast.net comcast 192.0.2.22 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement.',
    happening:
      'Comcast found no reverse DNS (PTR) name for your sending IP and refuses mail from it until one exists.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.8 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Ask whoever owns the IP (host, cloud or ISP) to set its PTR record, and check it again after moving servers.',
    ],
    related: ['comcast-rdns-failure', 'generic-rdns-required'],
    sources: [COMCAST_SMTP_CODES, XFINITY_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'comcast-rdns-failure',
    provider: 'comcast',
    title: 'Comcast 421: Reverse DNS failure, try again later',
    match: {
      providers: ['comcast'],
      replyCodes: ['421'],
      text: ['Reverse\\s+DNS\\s+failure\\s*:?\\s*Try\\s+again\\s+later'],
    },
    reason: 'requireptr',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 resimta-po-07v.sys.comcast.net comcast 192.0.2.23 Reverse DNS failure : Try again later',
    happening:
      "Comcast's lookup of your IP's reverse DNS failed this time (often a timeout or a broken DNS server for the reverse zone). Comcast treats it as temporary, so your server will retry.",
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.7 },
      { cause: 'sender-domain-dns-broken', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Check that the name servers for your reverse zone answer quickly and that the PTR name resolves back to the IP.',
    ],
    related: ['comcast-ptr-required', 'generic-rdns-required'],
    sources: [COMCAST_SMTP_CODES],
    confidence: 'hi',
  },
];
