/**
 * Generic authentication refusals: of the sending domain (DMARC, SPF)
 * and of the SMTP session itself (TLS, login).
 */
import type { Signature } from '../../schema';

const rfc = (n: number, name: string) => ({
  title: `RFC ${n}: ${name}`,
  url: `https://www.rfc-editor.org/rfc/rfc${n}`,
});

export const genericAuthSignatures: readonly Signature[] = [
  {
    id: 'generic-dmarc-reject',
    provider: 'generic',
    title: '550 5.7.1 Email rejected per DMARC policy for the sending domain',
    match: { text: ['\\bdmarc\\b'] },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 5.7.1 Email rejected per DMARC policy for example.com',
    happening:
      "The domain in the From line publishes a DMARC policy of reject, and this message passed neither SPF nor DKIM for that domain. The receiver did what the domain's owner asked and refused it.",
    causes: [
      { cause: 'authentication-failing', prior: 0.55 },
      { cause: 'forwarding-breaks-authentication', prior: 0.3 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Make every service that sends as your domain sign with DKIM for that domain, so mail passes DMARC even when forwarding breaks SPF.',
      'Read DMARC aggregate reports before tightening the policy.',
    ],
    related: ['generic-spf-fail', 'mimecast-auth-invalid'],
    sources: [rfc(7489, 'Domain-based Message Authentication (DMARC)')],
    confidence: 'hi',
  },
  {
    id: 'generic-spf-fail',
    provider: 'generic',
    title:
      '550 5.7.23 SPF check failed: IP not permitted to send for the domain',
    match: { text: ['\\bspf\\b', 'sender policy framework'] },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Bad SPF records for [example.com:192.0.2.1], see http://spf.pobox.com/',
    happening:
      "The receiver looked up the SPF record of your envelope sender's domain and the sending address is not allowed by it, or the record itself is broken.",
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'forwarding-breaks-authentication', prior: 0.25 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Add each new sending service to your SPF record, and keep it under the limit of ten DNS lookups.',
    ],
    related: ['generic-dmarc-reject', 'cisco-spf-unauthorized'],
    sources: [rfc(7208, 'Sender Policy Framework (SPF)')],
    confidence: 'hi',
  },
  {
    id: 'generic-starttls-failed',
    provider: 'generic',
    title:
      '530 5.7.10 STARTTLS is required to send mail, or TLS negotiation failed',
    match: {
      text: [
        'starttls is required to send mail',
        'tls required but not supported',
        'tls (?:negotiation|handshake) failed',
        'starttls (?:failed|failure)',
      ],
    },
    reason: 'failedstarttls',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '530 5.7.10 STARTTLS is required to send mail',
    happening:
      'One side demands an encrypted connection and the encryption did not happen: either your server did not start TLS, or the two sides could not agree on a version, cipher or certificate.',
    causes: [
      { cause: 'tls-not-offered', prior: 0.7 },
      { cause: 'recipient-server-unreachable', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Keep TLS enabled for outgoing mail with TLS 1.2 or later, and renew certificates before they expire.',
    ],
    related: ['generic-starttls-required', 'mimecast-tls-required'],
    sources: [rfc(3207, 'SMTP service extension for secure SMTP over TLS')],
    confidence: 'med',
  },
  {
    id: 'generic-starttls-required',
    provider: 'generic',
    title: '530 5.7.0 Must issue a STARTTLS command first',
    match: {
      text: [
        'must issue a starttls command first',
        'starttls (?:command )?(?:is )?required',
        'encryption required',
      ],
    },
    reason: 'failedstarttls',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '530 5.7.0 Must issue a STARTTLS command first',
    happening:
      'The server accepts logins or mail only over an encrypted connection, and your mail program or script sent in the clear. This is usually a setting on the sending side, often the wrong port or security option.',
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.6 },
      { cause: 'tls-not-offered', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'For submission use port 587 with STARTTLS or port 465 with TLS, as your provider documents.',
    ],
    related: ['generic-smtp-auth-failed', 'generic-starttls-failed'],
    sources: [rfc(3207, 'SMTP service extension for secure SMTP over TLS')],
    confidence: 'hi',
  },
  {
    id: 'generic-smtp-auth-failed',
    provider: 'generic',
    title: '535 5.7.8 Authentication failed: the SMTP login was refused',
    match: {
      text: [
        '(?<!(?:dkim|spf|dmarc) )authentication (?:failed|failure|unsuccessful)',
        'authentication credentials invalid',
        'incorrect authentication data',
        'authentication (?:is )?required',
        'unauthenticated senders not allowed',
      ],
    },
    reason: 'securityerror',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '535 5.7.8 Error: authentication failed: authentication failure',
    happening:
      'Your mail program or application tried to log in to its outgoing server and the user name, password or login method was refused, or it did not log in where a login is required.',
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: [],
    prevent: [
      'Store SMTP credentials in one place and update them when the password changes; use an app password where the provider requires one.',
    ],
    related: ['generic-starttls-required', 'generic-relay-denied'],
    sources: [rfc(4954, 'SMTP service extension for authentication')],
    confidence: 'hi',
  },
];
