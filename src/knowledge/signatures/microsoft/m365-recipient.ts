/**
 * Microsoft 365 refusals about the recipient: the address does not
 * exist, or the receiving organisation does not let you write to it.
 */
import type { Signature } from '../../schema';
import { EXO_NDR, exoFixPage } from './sources';

const FIX_5_7_1 = exoFixPage(
  'Fix error code 550 5.7.1 in Exchange Online',
  'fix-error-code-550-5-7-1-in-exchange-online',
);

export const m365RecipientSignatures: readonly Signature[] = [
  {
    id: 'm365-5-4-1-recipient-access-denied',
    provider: 'microsoft-365',
    title:
      '5.4.1: Recipient address rejected: Access denied (no such recipient)',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.4.1'],
      text: ['Recipient\\s+address\\s+rejected:\\s+Access\\s+denied'],
    },
    reason: 'userunknown',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM11FT011.eop-nam11.prod.protection.outlook.com]',
    happening:
      'Despite the words "access denied", this means the address does not exist: Microsoft 365 checks recipients against the organisation\'s directory at the edge and refuses unknown ones before accepting the message.',
    causes: [{ cause: 'recipient-address-invalid', prior: 1 }],
    fixes: [],
    prevent: [
      'Remove the address from your lists; confirm new sign-ups with a double opt-in so typos never get in.',
    ],
    related: ['generic-user-unknown', 'm365-5-1-10-recipient-not-found'],
    sources: [
      EXO_NDR,
      exoFixPage(
        'Fix error code 550 5.4.1 in Exchange Online',
        'fix-error-code-550-5-4-1-in-exchange-online',
      ),
    ],
    undocumented:
      'The AS number in brackets on these bounces has no published meaning.',
    confidence: 'hi',
  },
  {
    id: 'm365-5-1-10-recipient-not-found',
    provider: 'microsoft-365',
    title:
      '5.1.10: RESOLVER.ADR.RecipientNotFound, the Microsoft 365 recipient does not exist',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.1.10'],
      text: [
        'RESOLVER\\.ADR\\.RecipientNotFound',
        'Recipient\\s+not\\s+found\\s+by\\s+SMTP\\s+address\\s+lookup',
      ],
    },
    reason: 'userunknown',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    happening:
      'The organisation uses Microsoft 365, but no mailbox or other recipient there has this address. It is misspelt, or the mailbox was removed.',
    causes: [{ cause: 'recipient-address-invalid', prior: 1 }],
    fixes: [],
    prevent: [
      'Remove the address, and check the spelling against a recent message from the person if you still need to reach them.',
    ],
    related: ['generic-user-unknown', 'm365-5-4-1-recipient-access-denied'],
    sources: [
      EXO_NDR,
      exoFixPage(
        'Fix error code 550 5.1.10 in Exchange Online',
        'fix-error-code-550-5-1-10-in-exchange-online',
      ),
    ],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-1-delivery-not-authorized',
    provider: 'microsoft-365',
    title:
      '5.7.1: Delivery not authorized, the recipient only accepts chosen senders',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.1', '5.7.900-5.7.999'],
      text: ['Delivery\\s+not\\s+authori[sz]ed'],
    },
    reason: 'rejected',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example: '550 5.7.1 Delivery not authorized, message refused',
    happening:
      'The address is usually a group or a mailbox that takes mail only from certain senders, often only from inside the organisation. You are not on its list, so the message was refused.',
    causes: [{ cause: 'recipient-policy', prior: 1 }],
    fixes: [],
    prevent: [
      "Ask the group's owner or the organisation's admin to allow your address, or write to a person instead of the group.",
    ],
    related: ['m365-5-7-1-transport-rule', 'm365-5-7-513-customer-block-list'],
    sources: [FIX_5_7_1, EXO_NDR],
    confidence: 'hi',
  },
  {
    id: 'm365-5-7-1-transport-rule',
    provider: 'microsoft-365',
    title:
      '5.7.1: TRANSPORT.RULES.RejectMessage, a mail flow rule refused the message',
    match: {
      providers: ['microsoft-365', 'outlook-com'],
      replyCodes: ['550'],
      statuses: ['5.7.1', '5.7.900-5.7.999'],
      text: [
        'TRANSPORT\\.RULES\\.RejectMessage',
        'rejected\\s+by\\s+organization\\s+policy',
      ],
    },
    reason: 'policyviolation',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
    happening:
      'A mail flow rule that the receiving organisation wrote matched your message and rejects it, for example because of an attachment type, a word, or who sent it. Microsoft is enforcing their rule, not its own filter.',
    causes: [
      { cause: 'recipient-policy', prior: 0.8 },
      { cause: 'content-or-links-flagged', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      "Ask the recipient which rule applies; their admin can see the rule's name in the message trace.",
    ],
    related: ['m365-5-7-1-delivery-not-authorized'],
    sources: [FIX_5_7_1, EXO_NDR],
    confidence: 'hi',
  },
];
