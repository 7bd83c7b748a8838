/** Mimecast policy rejections: anti-spoofing, geography and required TLS. */
import type { Signature } from '../../schema';

const MIMECAST_CODES = {
  title: 'Mimecast SMTP error codes',
  url: 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754',
};

export const mimecastPolicySignatures: readonly Signature[] = [
  {
    id: 'mimecast-anti-spoofing',
    provider: 'mimecast',
    title: '550 Rejected by header based Anti-Spoofing policy (Mimecast)',
    match: {
      providers: ['mimecast'],
      replyCodes: ['550'],
      text: ['anti-spoofing policy'],
    },
    reason: 'policyviolation',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '550 Rejected by header based Anti-Spoofing policy: kijitora@example.com',
    happening:
      "The message claims to come from the recipient organisation's own domain but arrived from outside it. Mimecast's anti-spoofing rule refuses that. It often hits newsletters, forms or mail services that send in the name of the recipient's domain.",
    causes: [
      { cause: 'recipient-policy', prior: 0.6 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.25 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
    ],
    fixes: ['ask-mimecast-recipient-allow'],
    prevent: [
      "Send from your own domain, not the recipient's, or have their admin add your service as an exception to the anti-spoofing policy.",
    ],
    related: ['mimecast-auth-invalid'],
    sources: [MIMECAST_CODES],
    confidence: 'hi',
  },
  {
    id: 'mimecast-geo-block',
    provider: 'mimecast',
    title: '554 Host network not allowed: Mimecast geographic restriction',
    match: {
      providers: ['mimecast'],
      replyCodes: ['554'],
      text: ['host network not allowed'],
    },
    reason: 'policyviolation',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example: '554 Host network not allowed',
    happening:
      'The recipient organisation refuses mail from some countries or networks, and your sending address falls in one of them. The content and your reputation play no part.',
    causes: [{ cause: 'recipient-policy', prior: 1 }],
    fixes: ['ask-mimecast-recipient-allow'],
    prevent: [
      'If you must reach this recipient regularly, ask their admin for an exception or send through a provider located where they accept mail.',
    ],
    related: ['mimecast-anti-spoofing'],
    sources: [MIMECAST_CODES],
    confidence: 'hi',
  },
  {
    id: 'mimecast-tls-required',
    provider: 'mimecast',
    title: '553 This route requires encryption (TLS) at Mimecast',
    match: {
      providers: ['mimecast'],
      replyCodes: ['553'],
      text: ['this route requires (?:encryption|tls|high-strength)'],
    },
    reason: 'securityerror',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '553 This route requires encryption (TLS)',
    happening:
      'The recipient organisation insists that mail reaches it over an encrypted connection, possibly with TLS 1.2 or strong ciphers. Your server sent without encryption, or with an older version the policy refuses.',
    causes: [
      { cause: 'tls-not-offered', prior: 0.8 },
      { cause: 'recipient-policy', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Turn on opportunistic TLS for outgoing mail, allow TLS 1.2 or later, and keep the certificate and cipher list current.',
      'Check that no firewall or proxy between your server and the internet strips STARTTLS.',
    ],
    related: ['generic-starttls-required'],
    sources: [MIMECAST_CODES],
    confidence: 'hi',
  },
];
