/**
 * Generic refusals about the recipient: a disabled, full or unknown
 * mailbox, or a domain that cannot be found.
 */
import type { Signature } from '../../schema';

const RFC3463 = {
  title: 'RFC 3463: enhanced mail system status codes',
  url: 'https://www.rfc-editor.org/rfc/rfc3463',
};

export const genericRecipientSignatures: readonly Signature[] = [
  {
    id: 'generic-mailbox-disabled',
    provider: 'generic',
    title: '550 5.2.1 Mailbox disabled or account suspended',
    match: {
      text: [
        '(?:account|mailbox|user)(?: [\\w ]{0,40})? (?:is|has been) (?:currently |temporarily )?(?:disabled|suspended|deactivated|inactive|frozen|locked)',
        '(?:mailbox|account|user) (?:disabled|suspended|deactivated)',
        'disabled recipient',
        'inactive (?:account|user|mailbox)',
        'mailbox unavailable or access denied',
        'no longer accepts mail',
      ],
    },
    reason: 'suspend',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.2.1 <kijitora@example.com>: Mailbox disabled, not accepting messages',
    happening:
      'The mailbox exists but its owner or provider has switched it off, for example after long inactivity, an unpaid bill or a suspension. It may come back, but usually does not.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.6 },
      { cause: 'stale-or-purchased-list', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'Stop sending to the address; if it matters, reach the person another way for a current one.',
    ],
    related: ['generic-user-unknown'],
    sources: [RFC3463],
    confidence: 'hi',
  },
  {
    id: 'generic-mailbox-full',
    provider: 'generic',
    title: "552 5.2.2 Mailbox full: the recipient's quota is exceeded",
    match: {
      text: [
        'mailbox (?:is )?full',
        '\\bover ?quota\\b',
        'quota (?:exceeded|full)',
        'exceeded (?:the |their )?(?:storage |mailbox )?quota',
        'mailbox size limit',
        'insufficient (?:storage|space) (?:in|for) (?:the )?mailbox',
      ],
    },
    reason: 'mailboxfull',
    severity: 'low',
    permanent: false,
    actor: 'sender',
    example:
      '552 5.2.2 <kijitora@example.com>: Quota exceeded (mailbox for user is full)',
    happening:
      "The recipient's mailbox has used all its storage. Some providers treat this as temporary and retry; others refuse at once. It clears only when the owner deletes mail or gets more space.",
    causes: [{ cause: 'recipient-mailbox-full', prior: 1 }],
    fixes: [],
    prevent: [
      'Retry later; if an address stays full for weeks, it is probably abandoned and should leave your list.',
    ],
    related: ['generic-system-full', 'generic-mailbox-disabled'],
    sources: [RFC3463],
    undocumented:
      'Providers differ on whether a full mailbox is temporary (4.2.2) or permanent (5.2.2); the code in the bounce says which this one chose.',
    confidence: 'hi',
  },
  {
    id: 'generic-user-unknown',
    provider: 'generic',
    title: '550 5.1.1 User unknown: the mailbox does not exist',
    match: {
      text: [
        '\\buser (?:is )?unknown\\b',
        '\\bunknown (?:user|recipient|mailbox)\\b',
        '\\bno such (?:user|mailbox|recipient)\\b',
        '\\b(?:user|recipient|mailbox) not found\\b',
        '\\bmailbox (?:does not exist|unavailable(?! or access denied))',
        '\\binvalid (?:recipient|mailbox)\\b',
        '\\b(?:recipient|user|mailbox) (?:address )?does not exist',
        'unknown in (?:local recipient|virtual mailbox|virtual alias) table',
      ],
    },
    reason: 'userunknown',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.1.1 <kijitora@example.com>: Recipient address rejected: User unknown in local recipient table',
    happening:
      "The recipient's domain is real, but its mail server has no mailbox by that name: a typing mistake, a person who left, or an address that never existed.",
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.6 },
      { cause: 'stale-or-purchased-list', prior: 0.3 },
      { cause: 'address-probing', prior: 0.1 },
    ],
    fixes: [],
    prevent: [
      'Remove the address after the first such bounce, and confirm new sign-ups so typing mistakes never reach your list.',
    ],
    related: ['generic-mailbox-disabled', 'generic-host-unknown'],
    sources: [
      RFC3463,
      {
        title: 'RFC 5321: Simple Mail Transfer Protocol',
        url: 'https://www.rfc-editor.org/rfc/rfc5321',
      },
    ],
    confidence: 'hi',
  },
  {
    id: 'generic-host-unknown',
    provider: 'generic',
    title:
      '550 5.1.2 Host or domain name not found: recipient domain has no mail server',
    match: {
      text: [
        'host (?:or domain name )?not found',
        '\\bhost unknown\\b',
        '\\bunknown host\\b',
        '\\bno such domain\\b',
        "couldn't find any host named",
        'domain is not reachable',
        'unrouteable (?:address|domain)',
      ],
    },
    reason: 'hostunknown',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.1.2 Host unknown (Name server: example.com: host not found)',
    happening:
      'The domain after the @ has no mail server in DNS (no MX or address record), or does not exist at all. Usually it is a typing mistake such as gmial.com, or a domain that has lapsed.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.7 },
      { cause: 'recipient-server-unreachable', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Check domains at sign-up for common misspellings, and drop addresses whose domain has expired.',
    ],
    related: ['generic-user-unknown', 'generic-expired-unreachable'],
    sources: [RFC3463],
    confidence: 'hi',
  },
];
