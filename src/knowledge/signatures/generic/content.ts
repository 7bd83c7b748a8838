/**
 * Generic refusals of the message itself: malware, spam scoring and
 * local policy. Patterns stay vendor-neutral so a provider's own entry
 * outranks them.
 */
import type { Signature } from '../../schema';

const RFC3463 = {
  title: 'RFC 3463: enhanced mail system status codes',
  url: 'https://www.rfc-editor.org/rfc/rfc3463',
};

export const genericContentSignatures: readonly Signature[] = [
  {
    id: 'generic-virus-detected',
    provider: 'generic',
    title: '554 5.7.1 Virus detected: the message carried malware',
    match: {
      text: [
        '\\bvirus(?:es)? (?:was |were )?(?:detected|found)',
        'infected (?:with|by) (?:a )?virus',
        'contains? (?:a |prohibited )?virus',
        '\\bmalware\\b',
        'potentially executable attachment',
        'used by recent viruses',
      ],
    },
    reason: 'virusdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 Message rejected: virus found in attachment (Eicar-Test-Signature)',
    happening:
      "The receiver's virus scanner found something it treats as malware in the message, usually an attachment. Some scanners also refuse attachment types that are often abused, such as scripts or executables inside archives.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.6 },
      { cause: 'compromised-account-or-relay', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'Scan outgoing mail, and share files by link rather than sending executables or macro documents.',
      'If you did not send the attachment, treat the account as compromised and change its password.',
    ],
    related: ['generic-spam-detected', 'mimecast-spam-signature'],
    sources: [RFC3463],
    confidence: 'hi',
  },
  {
    id: 'generic-spam-detected',
    provider: 'generic',
    title: '550 5.7.1 Message content rejected as spam by the receiving filter',
    match: {
      text: [
        'message content rejected',
        '\\bspam (?:detected|content|message rejected|score|check|blocked|refused|rejection|not accepted)',
        '(?:considered|classified|identified|detected|rejected) as spam',
        '(?:looks|appears) (?:like|to be) (?:spam|unsolicited)',
        'high probability of spam',
        '\\bUBE\\b',
        'unsolicited bulk e-?mail',
        'rejected due to spam',
        'message rejected for policy reasons',
        'message filtered',
      ],
    },
    reason: 'spamdetected',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example: '554 5.7.1 This message has been identified as spam',
    happening:
      "The receiver's spam filter read the message and scored it as spam. The cause can be the wording, the links, missing authentication or your address's reputation; the reply rarely says which.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.5 },
      { cause: 'authentication-failing', prior: 0.2 },
      { cause: 'public-blocklist-listing', prior: 0.15 },
      { cause: 'complaints-spam-traps', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Run new templates through a spam checker before sending, and keep a plain-text part.',
      'Authenticate every message with SPF, DKIM and DMARC so the filter has less reason to doubt it.',
    ],
    related: ['generic-policy-rejected', 'barracuda-content-rejected'],
    sources: [RFC3463],
    confidence: 'hi',
  },
  {
    id: 'generic-policy-rejected',
    provider: 'generic',
    title: '554 5.7.0 Rejected for policy reasons: local policy violation',
    match: {
      text: [
        '(?<!message )(?:rejected|not accepted|refused) for policy reasons',
        '(?:local|email) policy violation',
        'denied by policy',
        'header error',
        'content presents a potential',
        'an illegal attachment',
        'message bounced due to organi[sz]ational settings',
      ],
    },
    reason: 'policyviolation',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example: '550 5.7.0 Local policy violation',
    happening:
      'A rule set by the receiving organisation refused the message: an attachment type, a header it dislikes, a size or content rule. It is their policy rather than a judgement of your reputation.',
    causes: [
      { cause: 'recipient-policy', prior: 0.5 },
      { cause: 'malformed-message', prior: 0.3 },
      { cause: 'content-or-links-flagged', prior: 0.2 },
    ],
    fixes: ['ask-recipient-admin-allowlist'],
    prevent: [
      'Keep messages plain and standard: one From address, well-formed headers, common attachment types.',
    ],
    related: ['generic-spam-detected'],
    sources: [RFC3463],
    undocumented:
      'Each receiver defines its own policies; the generic reply does not say which rule matched.',
    confidence: 'med',
  },
];
