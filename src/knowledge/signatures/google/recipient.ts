/**
 * Gmail replies about the recipient's mailbox: it does not exist, it is
 * disabled or inactive, it is full, or it is receiving mail too fast.
 */
import type { Signature } from '../../schema';
import { GMAIL_SMTP_ERRORS } from './sources';

const OVER_QUOTA = [
  'tried\\s+to\\s+reach\\s+is\\s+over\\s+quota',
  'inbox\\s+is\\s+out\\s+of\\s+storage\\s+space',
];
const RECEIVING_TOO_FAST =
  'receiving\\s+mail\\s+at\\s+a\\s+rate\\s+that\\s+prevents';
const floodCauses: Signature['causes'] = [
  { cause: 'sending-too-fast', prior: 0.6 },
  { cause: 'recipient-misconfigured-filter', prior: 0.2 },
  { cause: 'compromised-account-or-relay', prior: 0.2 },
];

export const gmailRecipient: readonly Signature[] = [
  {
    id: 'gmail-5-1-1-no-such-user',
    provider: 'gmail',
    title:
      'Gmail 550 5.1.1: the email account that you tried to reach does not exist',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.1.1'],
      text: [
        'account\\s+that\\s+you\\s+tried\\s+to\\s+reach\\s+does\\s+not\\s+exist',
        'p=NoSuchUser',
      ],
    },
    reason: 'userunknown',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser e5f6a7b8c9d1.34 - gsmtp",
    happening:
      'There is no Gmail or Workspace mailbox with this address. Either it was mistyped or the account has been deleted.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.85 },
      { cause: 'stale-or-purchased-list', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Remove the address after the first such bounce; repeated sends to missing accounts count against your reputation.',
    ],
    related: ['gmail-5-2-1-account-disabled', 'generic-user-unknown'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-2-1-account-disabled',
    provider: 'gmail',
    title:
      'Gmail 550 5.2.1: the email account you tried to reach is disabled or inactive',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.2.1'],
      text: [
        'account\\s+that\\s+you\\s+tried\\s+to\\s+reach\\s+is\\s+(?:disabled|inactive)',
        'p=DisabledUser',
      ],
    },
    reason: 'suspend',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser f6a7b8c9d0e2.35 - gsmtp',
    happening:
      'The account exists but Google has disabled it, or it has gone unused for so long that it no longer takes mail.',
    causes: [
      { cause: 'recipient-address-invalid', prior: 0.7 },
      { cause: 'stale-or-purchased-list', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Treat disabled accounts like missing ones: stop mailing them and review how old the rest of the list is.',
    ],
    related: ['gmail-5-1-1-no-such-user', 'generic-user-unknown'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-2-2-over-quota',
    provider: 'gmail',
    title:
      "Gmail 452 4.2.2: recipient's mailbox is over quota (out of storage)",
    match: {
      providers: ['gmail'],
      replyCodes: ['452', '450'],
      statuses: ['4.2.2'],
      text: OVER_QUOTA,
    },
    reason: 'mailboxfull',
    severity: 'low',
    permanent: false,
    actor: 'recipient-admin',
    example:
      '452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp a7b8c9d0e1f3.36 - gsmtp',
    happening:
      "The recipient's Google storage (shared by Gmail, Drive and Photos) is full. Your server will keep retrying; the mail goes through if they free space in time.",
    causes: [{ cause: 'recipient-mailbox-full', prior: 1 }],
    fixes: [],
    prevent: ['If the same address stays full for weeks, stop sending to it.'],
    related: ['gmail-5-2-2-out-of-storage', 'generic-mailbox-full'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-2-2-out-of-storage',
    provider: 'gmail',
    title: 'Gmail 552 5.2.2: inbox out of storage space and inactive',
    match: {
      providers: ['gmail'],
      replyCodes: ['552', '550'],
      statuses: ['5.2.2'],
      text: OVER_QUOTA,
    },
    reason: 'mailboxfull',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example:
      "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm b8c9d0e1f2a4.37 - gsmtp",
    happening:
      'The mailbox has been full for a long time and Gmail now refuses mail for it outright. It is most likely abandoned.',
    causes: [
      { cause: 'recipient-mailbox-full', prior: 0.6 },
      { cause: 'stale-or-purchased-list', prior: 0.4 },
    ],
    fixes: [],
    prevent: [
      'Remove the address, or reach the person another way if you need them.',
    ],
    related: ['gmail-4-2-2-over-quota', 'generic-mailbox-full'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-2-1-receiving-too-fast',
    provider: 'gmail',
    title: 'Gmail 450 4.2.1: recipient is receiving mail too quickly',
    match: {
      providers: ['gmail'],
      replyCodes: ['450', '451'],
      statuses: ['4.2.1'],
      text: [RECEIVING_TOO_FAST],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. c9d0e1f2a3b5.38 - gsmtp',
    happening:
      'This one mailbox is getting more mail than Gmail allows in a short time, from everyone together, not only from you. Retries later usually succeed.',
    causes: floodCauses,
    fixes: [],
    prevent: [
      'Look for loops (auto-replies answering auto-replies, forwarding rules) and for anything sending many copies to one address.',
    ],
    related: ['gmail-5-2-1-receiving-too-fast'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-2-1-receiving-too-fast',
    provider: 'gmail',
    title: 'Gmail 550 5.2.1: receiving mail at a rate that prevents delivery',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.2.1'],
      text: [RECEIVING_TOO_FAST],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, go to https://support.google.com/mail/?p=ReceivingRatePerm d0e1f2a3b4c6.39 - gsmtp',
    happening:
      'The mailbox has been flooded for long enough that Gmail refuses this message outright rather than deferring it.',
    causes: floodCauses,
    fixes: [],
    prevent: [
      'Cap how many messages any one recipient can get from your systems in an hour.',
    ],
    related: ['gmail-4-2-1-receiving-too-fast'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
];
