/**
 * Generic refusals of the connecting server or the session: reverse
 * DNS, relaying, dynamic ranges, command syntax.
 */
import type { Signature } from '../../schema';

const RFC5321 = {
  title: 'RFC 5321: Simple Mail Transfer Protocol',
  url: 'https://www.rfc-editor.org/rfc/rfc5321',
};

export const genericConnectionSignatures: readonly Signature[] = [
  {
    id: 'generic-rdns-required',
    provider: 'generic',
    title: '550 5.7.1 No valid reverse DNS (PTR) for the sending IP',
    match: {
      text: [
        'reverse dns',
        '\\brdns\\b',
        '\\bptr\\b',
        'reverse (?:lookup|hostname)',
        'cannot find your (?:reverse )?hostname',
        'without a valid sender domain',
        'mismatches client ip',
        'unverif(?:y|i)able sending ips?',
      ],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 192.0.2.1',
    happening:
      'The receiver looked up the name behind your sending address (its PTR record) and found none, or a name that does not point back to the same address. Many servers refuse such connections outright.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.8 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Ask whoever owns the address (your host or ISP) to set a PTR record naming your mail server, and make that name resolve back to the same address.',
    ],
    related: ['generic-dynamic-ip'],
    sources: [
      RFC5321,
      {
        title: 'RFC 1912: common DNS operational errors (PTR records)',
        url: 'https://www.rfc-editor.org/rfc/rfc1912',
      },
    ],
    confidence: 'hi',
  },
  {
    id: 'generic-dynamic-ip',
    provider: 'generic',
    title:
      '550 5.7.1 Mail from dynamic IPs refused: use the SMTP server of your ISP',
    match: {
      text: [
        'dynamic (?:ip|address|pool|range)',
        '\\bdynamic/',
        'smtp server of your isp',
        'hosts with dynamic ip',
        '\\bresidential (?:ip|address|range)',
      ],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Mail from dynamic IP addresses is not accepted; please use the SMTP server of your ISP',
    happening:
      'Your mail went straight from an address that looks like a home or dynamic connection. Receivers expect such connections to hand mail to their provider, which then delivers it.',
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.7 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      "Relay outgoing mail through your ISP's or mail provider's server (a smarthost) instead of delivering directly.",
    ],
    related: ['spamhaus-pbl-listing', 'generic-rdns-required'],
    sources: [RFC5321],
    confidence: 'med',
  },
  {
    id: 'generic-relay-denied',
    provider: 'generic',
    title: '554 5.7.1 Relay access denied: the server will not pass mail on',
    match: {
      text: [
        'relay access denied',
        'relaying (?:denied|not (?:allowed|permitted))',
        'relay not permitted',
        'unable to relay',
        'not allowed to relay',
        'insecure mail relay',
        '\\bno relaying\\b',
        'we do not relay',
      ],
    },
    reason: 'norelaying',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '554 5.7.1 <kijitora@example.com>: Relay access denied',
    happening:
      "The server you handed the message to does not accept mail for the recipient's domain and will not forward it elsewhere for you. Either the message went to the wrong server, or your program did not log in to its outgoing server.",
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.7 },
      { cause: 'recipient-misconfigured-filter', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Send through your own outgoing server with SMTP login; if you run the receiving server, make sure it lists every domain it hosts.',
    ],
    related: ['generic-smtp-auth-failed', 'broadcom-auth-required'],
    sources: [RFC5321],
    confidence: 'hi',
  },
  {
    id: 'generic-syntax-error',
    provider: 'generic',
    title: '503 5.5.1 Bad sequence of commands or syntax error (SMTP protocol)',
    match: {
      text: [
        'syntax error(?!: empty)',
        '(?:improper|bad) sequence of commands',
        'command (?:not recognized|unrecognized)',
        'unrecognized command',
      ],
    },
    reason: 'syntaxerror',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example: '503 5.5.1 Error: bad sequence of commands',
    happening:
      'The receiving server did not understand a command from your server, or got commands in the wrong order. This points to a fault in the sending software or in something between the two servers, such as a firewall that rewrites mail traffic.',
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.6 },
      { cause: 'malformed-message', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'Keep your mail software current, and turn off "SMTP inspection" features on firewalls in front of it.',
    ],
    related: ['generic-relay-denied'],
    sources: [RFC5321],
    confidence: 'med',
  },
];
