/** Proofpoint gateways: its own reputation list, Cloudmark, cached invalid addresses. */
import type { Signature } from '../../schema';

export const proofpointSignatures: readonly Signature[] = [
  {
    id: 'proofpoint-cloudmark-block',
    provider: 'proofpoint',
    title:
      '550 5.7.1 Blocked using Cloudmark Sender Intelligence at a Proofpoint gateway',
    match: {
      providers: ['proofpoint'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1'],
      text: ['cloudmark sender intelligence'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Service unavailable; client [192.0.2.1] blocked using Cloudmark Sender Intelligence (Visit http://csi.cloudmark.com/reset-request/ if you feel this is in error)',
    happening:
      "The recipient's Proofpoint gateway asked Cloudmark how trustworthy your sending address is and got a poor answer, so it refused the connection before looking at the message.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
    ],
    fixes: ['request-cloudmark-reset'],
    prevent: [
      'Send only to people who asked for your mail and remove addresses that bounce or complain.',
      'Watch outgoing volume per account so a hijacked login shows up within hours, not days.',
    ],
    related: ['cloudmark-csi-listing', 'proofpoint-reputation-block'],
    sources: [
      {
        title: 'Cloudmark Sender Intelligence reset request',
        url: 'https://csi.cloudmark.com/reset-request/',
      },
    ],
    confidence: 'hi',
  },
  {
    id: 'proofpoint-reputation-block',
    provider: 'proofpoint',
    title:
      '550 5.7.1 Blocked using prs.proofpoint.com: Proofpoint IP reputation',
    match: {
      providers: ['proofpoint'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1'],
      text: [
        'prs\\.proofpoint\\.com',
        'proofpoint\\.com/dnsbl-lookup',
        'ipcheck\\.proofpoint\\.com',
      ],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Service unavailable; client [192.0.2.1] blocked using prs.proofpoint.com',
    happening:
      "Proofpoint keeps its own reputation list of sending addresses. Your server's address is on it, so every organisation behind Proofpoint refuses mail from it until the listing is reviewed or lapses.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ],
    fixes: ['request-proofpoint-review'],
    prevent: [
      'Warm up a new sending address with small daily volumes before large mailings.',
      'Keep lists clean: confirmed opt-in, and drop addresses that bounce.',
    ],
    related: [
      'proofpoint-cloudmark-block',
      'proofpoint-invalid-recipient-cache',
    ],
    sources: [
      {
        title: 'Proofpoint IP reputation check',
        url: 'https://ipcheck.proofpoint.com/',
      },
    ],
    undocumented:
      'Proofpoint does not publish how long a listing lasts, and senders report that review requests sometimes go unanswered.',
    confidence: 'hi',
  },
  {
    id: 'proofpoint-invalid-recipient-cache',
    provider: 'proofpoint',
    title: '550 5.7.1 User email address is marked as invalid (Proofpoint)',
    match: {
      providers: ['proofpoint'],
      replyCodes: ['550'],
      statuses: ['5.7.1'],
      text: ['address is marked as invalid'],
    },
    reason: 'userunknown',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '550 5.7.1 <kijitora@example.com>: Recipient address rejected: User email address is marked as invalid.',
    happening:
      'An earlier delivery to this address failed as unknown, and the Proofpoint gateway remembered that. It now refuses the address itself without asking the mail server behind it.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.7 },
      { cause: 'recipient-misconfigured-filter', prior: 0.3 },
    ],
    fixes: ['ask-recipient-clear-invalid-cache'],
    prevent: [
      'Confirm new addresses when people sign up, so typing mistakes never reach your list.',
    ],
    related: ['proofpoint-reputation-block', 'generic-user-unknown'],
    sources: [
      {
        title: 'RFC 3463: enhanced status code 5.7.1',
        url: 'https://www.rfc-editor.org/rfc/rfc3463',
      },
    ],
    undocumented:
      'Proofpoint publishes no page for this message; the meaning comes from a public catalogue of SMTP replies and is not confirmed by the vendor.',
    confidence: 'med',
  },
];
