/**
 * Gmail's reputation and spam-filter replies. Gmail has no delisting
 * form: these clear only when the cause is fixed and the sender's record
 * in Postmaster Tools recovers.
 */
import type { Signature } from '../../schema';
import {
  GMAIL_BLOCKED_MESSAGES,
  GMAIL_SENDER_GUIDELINES,
  GMAIL_SMTP_ERRORS,
  GOOGLE_POSTMASTER_TOOLS,
} from './sources';

const UNUSUAL_RATE =
  'unusual\\s+rate\\s+of\\s+(?:unsolicited\\s+)?(?:e-?)?mail';
const LOW_REPUTATION =
  'very\\s+low\\s+reputation\\s+of\\s+the\\s+sending\\s+(?:IP|domain)';

const volumeCauses: Signature['causes'] = [
  { cause: 'complaints-spam-traps', prior: 0.35 },
  { cause: 'cold-ip-volume-spike', prior: 0.2 },
  { cause: 'stale-or-purchased-list', prior: 0.15 },
  { cause: 'shared-range-neighbours', prior: 0.1 },
  { cause: 'compromised-account-or-relay', prior: 0.1 },
  { cause: 'content-or-links-flagged', prior: 0.1 },
];
const reputationCauses: Signature['causes'] = [
  { cause: 'complaints-spam-traps', prior: 0.4 },
  { cause: 'stale-or-purchased-list', prior: 0.2 },
  { cause: 'cold-ip-volume-spike', prior: 0.15 },
  { cause: 'compromised-account-or-relay', prior: 0.15 },
  { cause: 'shared-range-neighbours', prior: 0.1 },
];
const contentCauses: Signature['causes'] = [
  { cause: 'content-or-links-flagged', prior: 0.55 },
  { cause: 'complaints-spam-traps', prior: 0.25 },
  { cause: 'compromised-account-or-relay', prior: 0.2 },
];
const reputationFixes = [
  'throttle-gmail-delivery',
  'use-google-postmaster-tools',
  'check-gmail-sender-requirements',
];
const sources = [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES];

export const gmailReputation: readonly Signature[] = [
  {
    id: 'gmail-4-7-28-unusual-rate',
    provider: 'gmail',
    title: 'Gmail 421 4.7.28: unusual rate of unsolicited mail, rate limited',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.28', '4.7.0'],
      text: [UNUSUAL_RATE],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address 192.0.2.30. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError f4a5b6c7d8e9.23 - gsmtp',
    happening:
      'Gmail is seeing more mail it considers unwanted than usual from one of your identities (the IP, its netblock, your DKIM or SPF domain, or a domain linked in the mail; the reply says which) and is slowing it down. Pushing harder makes it worse.',
    causes: volumeCauses,
    fixes: reputationFixes,
    prevent: [
      'Keep the user-reported spam rate in Postmaster Tools under 0.1%, and never let it reach 0.3%.',
      'Raise volume to Gmail gradually when starting a new IP, domain or list.',
    ],
    related: ['gmail-5-7-28-unusual-rate', 'gmail-4-7-0-low-reputation'],
    sources: [...sources, GOOGLE_POSTMASTER_TOOLS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-28-unusual-rate',
    provider: 'gmail',
    title:
      'Gmail 550 5.7.28 / 5.7.1: unusual rate of unsolicited mail, blocked',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.28', '5.7.1'],
      text: [UNUSUAL_RATE],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.28 There is an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. To review our bulk email senders guidelines, go to Email sender guidelines. a5b6c7d8e9f0.24 - gsmtp',
    happening:
      'The volume of unwanted mail from your IP (or domain) went past the point of slowing down: Gmail now refuses it. There is no request form to lift this; it eases as Gmail sees your mail behave better.',
    causes: volumeCauses,
    fixes: reputationFixes,
    prevent: [
      'Send only to people who asked for your mail, and drop addresses that never open or click.',
    ],
    related: ['gmail-4-7-28-unusual-rate', 'gmail-5-7-1-low-reputation'],
    sources: [...sources, GOOGLE_POSTMASTER_TOOLS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-0-low-reputation',
    provider: 'gmail',
    title: 'Gmail 421 4.7.0: very low reputation of the sending IP or domain',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.0'],
      text: [LOW_REPUTATION],
    },
    reason: 'badreputation',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to Why has Gmail blocked my messages? https://support.google.com/mail/answer/188131 b6c7d8e9f0a1.25 - gsmtp',
    happening:
      'The history Gmail holds for your IP or domain is poor enough that it is rationing what it accepts from you. The reply names which of the two it means.',
    causes: reputationCauses,
    fixes: reputationFixes,
    prevent: [
      'Watch IP and domain reputation in Postmaster Tools weekly so a slide is caught before it turns into deferrals.',
    ],
    related: ['gmail-5-7-1-low-reputation', 'gmail-4-7-28-unusual-rate'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_BLOCKED_MESSAGES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-1-low-reputation',
    provider: 'gmail',
    title:
      'Gmail 550 5.7.1: blocked for very low reputation of sending IP or domain',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.1'],
      text: [LOW_REPUTATION],
    },
    reason: 'badreputation',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. c7d8e9f0a1b2.26 - gsmtp',
    happening:
      'Gmail refused this message because of the poor record of the sending IP or domain. The refusal is per message: some mail may still get through, which is why it can look inconsistent.',
    causes: reputationCauses,
    fixes: reputationFixes,
    prevent: [
      'Keep marketing and transactional mail on separate domains or subdomains, so one cannot drag down the other.',
    ],
    related: ['gmail-4-7-0-low-reputation', 'gmail-5-7-28-unusual-rate'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_BLOCKED_MESSAGES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-1-likely-unsolicited',
    provider: 'gmail',
    title: 'Gmail 550 5.7.1: message is likely unsolicited mail',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.1'],
      text: ['likely\\s+unsolicited\\s+mail'],
    },
    reason: 'spamdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, visit https://support.google.com/mail/?p=UnsolicitedMessageError d8e9f0a1b2c3.27 - gsmtp',
    happening:
      "Gmail's filters judged this particular message to be spam, from its content, its links or how recipients have reacted to similar mail. Sending the same message again will get the same answer.",
    causes: contentCauses,
    fixes: ['use-google-postmaster-tools', 'check-gmail-sender-requirements'],
    prevent: [
      'Test new templates on a few addresses you control before a large send, and avoid link shorteners and domains with a bad name.',
    ],
    related: ['gmail-4-7-0-suspicious-content', 'gmail-5-7-1-low-reputation'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_BLOCKED_MESSAGES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-0-suspicious-content',
    provider: 'gmail',
    title:
      'Gmail 421 4.7.0: suspicious due to the content or links in the message',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.0'],
      text: ['nature\\s+of\\s+the\\s+content\\s+or\\s+the\\s+links'],
    },
    reason: 'spamdetected',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages? e9f0a1b2c3d4.28 - gsmtp',
    happening:
      'Something in this message, most often a linked domain, looks like spam or phishing to Gmail. The mail is deferred rather than refused, but it will not go through until the content changes.',
    causes: contentCauses,
    fixes: ['use-google-postmaster-tools'],
    prevent: [
      'Link only to domains you control or trust, and check them against public blocklists before a campaign.',
    ],
    related: ['gmail-5-7-1-likely-unsolicited', 'spamhaus-dbl-listing'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_BLOCKED_MESSAGES],
    confidence: 'hi',
    noReview: true,
  },
];
