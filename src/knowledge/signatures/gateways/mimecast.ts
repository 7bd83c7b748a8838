/**
 * Mimecast rejections. Mimecast replies carry no enhanced status code,
 * so these entries key on its fixed wording; meanings follow Mimecast's
 * published list of SMTP error codes.
 */
import type { Signature } from '../../schema';

const MIMECAST_CODES = {
  title: 'Mimecast SMTP error codes',
  url: 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754',
};

export const mimecastSignatures: readonly Signature[] = [
  {
    id: 'mimecast-spam-signature',
    provider: 'mimecast',
    title:
      '554 Email rejected due to security policies (MCSpamSignature) at Mimecast',
    match: {
      providers: ['mimecast'],
      replyCodes: ['554'],
      tags: ['MCSpamSignature'],
      text: ['email rejected due to security policies'],
    },
    reason: 'virusdetected',
    severity: 'high',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '554 email rejected due to security policies - MCSpamSignature.sa.2.2',
    happening:
      "Mimecast's scanner matched the message against a signature. Mimecast uses this reply both for malware and for a spam score above its top threshold, and it does not show senders which one it was.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.6 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'recipient-policy', prior: 0.2 },
    ],
    fixes: ['ask-mimecast-recipient-allow'],
    prevent: [
      'Scan outgoing attachments, and avoid link shorteners and links to domains with a poor name.',
      'Send a plain test to the same recipient to see whether the content or the sender is the trigger.',
    ],
    related: ['mimecast-ip-reputation', 'generic-virus-detected'],
    sources: [MIMECAST_CODES],
    undocumented:
      'Mimecast does not say which part of the message matched; the text after MCSpamSignature is an internal rule name.',
    confidence: 'hi',
  },
  {
    id: 'mimecast-ip-reputation',
    provider: 'mimecast',
    title: '550 Local CT IP Reputation - (reject): Mimecast refuses your IP',
    match: {
      providers: ['mimecast'],
      replyCodes: ['550'],
      text: ['local ct ip reputation'],
    },
    reason: 'badreputation',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 Local CT IP Reputation - (reject) (192.0.2.1)',
    happening:
      'Mimecast keeps checking the reputation of the addresses that send to its customers. Yours scored poorly, sometimes after earlier temporary refusals, and is now rejected outright.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
    ],
    fixes: ['ask-mimecast-recipient-allow'],
    prevent: [
      'Ramp up new sending addresses slowly and keep complaint rates low.',
    ],
    related: ['mimecast-greylist-unavailable'],
    sources: [MIMECAST_CODES],
    confidence: 'hi',
  },
  {
    id: 'mimecast-greylist-unavailable',
    provider: 'mimecast',
    title:
      '451 Internal resources are temporarily unavailable (Mimecast greylisting)',
    match: {
      providers: ['mimecast'],
      replyCodes: ['451'],
      text: ['internal resources are temporarily unavailable'],
    },
    reason: 'badreputation',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example: '451 Internal resources are temporarily unavailable',
    happening:
      'Mimecast asked your server to come back later. It does this to unknown senders (greylisting) and to addresses with a weak reputation; a normal mail server retries and gets through.',
    causes: [
      { cause: 'greylisting', prior: 0.6 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
    ],
    fixes: ['ask-mimecast-recipient-allow'],
    prevent: [
      'Let your server retry for at least a few hours, and retry from the same address rather than rotating.',
    ],
    related: ['mimecast-ip-reputation', 'generic-greylisted'],
    sources: [MIMECAST_CODES],
    undocumented:
      'Mimecast uses the same reply for greylisting and for poor reputation; the bounce alone does not say which.',
    confidence: 'hi',
  },
  {
    id: 'mimecast-auth-invalid',
    provider: 'mimecast',
    title:
      '550 SPF, DKIM or DMARC Sender Invalid - envelope rejected (Mimecast)',
    match: {
      providers: ['mimecast'],
      replyCodes: ['550'],
      text: ['(?:spf|dkim|dmarc) sender invalid'],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 SPF Sender Invalid - envelope rejected',
    happening:
      'Mimecast checked the authentication of your domain and it failed: the sending address is not in your SPF record, the DKIM signature did not verify, or DMARC failed under a reject policy. The reply names which one.',
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'forwarding-breaks-authentication', prior: 0.2 },
      { cause: 'sender-domain-dns-broken', prior: 0.1 },
    ],
    fixes: [],
    prevent: [
      'Whenever you add a mail service, add it to your SPF record and give it its own DKIM key.',
      'Read DMARC aggregate reports to spot sources that fail before you move to a reject policy.',
    ],
    related: ['generic-spf-fail', 'generic-dmarc-reject'],
    sources: [MIMECAST_CODES],
    confidence: 'hi',
  },
];
