/**
 * Gmail refusals about the message itself (format, size, reused
 * Message-IDs) and about Google Workspace's outgoing SMTP relay.
 */
import type { Signature } from '../../schema';
import {
  GMAIL_SENDER_GUIDELINES,
  GMAIL_SMTP_ERRORS,
  WORKSPACE_RELAY_ERRORS,
} from './sources';

export const gmailMessageAndRelay: readonly Signature[] = [
  {
    id: 'gmail-5-7-1-not-rfc-5322',
    provider: 'gmail',
    title: 'Gmail 550 5.7.1: message is not RFC 5322 compliant (headers)',
    match: {
      providers: ['gmail'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1', '5.6.0'],
      text: [
        'not\\s+RFC\\s*5322\\s+compliant',
        'missing\\s+a\\s+valid\\s+(?:address\\s+in\\s+the\\s+From|Message-ID)',
        'multiple\\s+addresses\\s+in\\s+From:',
        'Encoded-word\\s+syntax\\s+is\\s+not\\s+permitted',
        'unicode\\s+character\\s+in\\s+a\\s+disallowed\\s+header',
        'Mail\\s+message\\s+is\\s+malformed',
      ],
    },
    reason: 'notcompliantrfc',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications for more information. f0a1b2c3d4e5.29 - gsmtp',
    happening:
      "The message's headers break the Internet message format: a header appears twice, From: is missing or holds several addresses, Message-ID: is missing, or a header uses characters it may not. Gmail refuses such mail because spam tools often produce it.",
    causes: [
      { cause: 'malformed-message', prior: 0.85 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Send a sample from every script, form or application that generates mail and read its raw headers once.',
    ],
    related: ['gmail-4-7-28-duplicate-message-id'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-3-4-message-too-large',
    provider: 'gmail',
    title: "Gmail 552 5.3.4: message exceeded Google's message size limits",
    match: {
      providers: ['gmail'],
      replyCodes: ['552'],
      statuses: ['5.3.4', '5.2.3'],
      text: [
        'exceeded\\s+Google\\S{0,6}s\\s+message\\s+size\\s+limits?',
        'exceeds\\s+Google\\S{0,6}s\\s+message\\s+size\\s+limit',
      ],
    },
    reason: 'emailtoolarge',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      "552 5.3.4 Your message exceeded Google's message size limits. To view our message size guidelines, go to https://support.google.com/mail/?p=MaxSizeError a1b2c3d4e5f7.30 - gsmtp",
    happening:
      'The message, with its attachments encoded for mail, is bigger than Gmail will take. Encoding adds about a third to the size of attachments, so a file under the limit on disk can still be too big.',
    causes: [{ cause: 'message-too-large', prior: 1 }],
    fixes: [],
    prevent: ['Share large files as links instead of attachments.'],
    related: ['generic-message-too-large'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-4-7-28-duplicate-message-id',
    provider: 'gmail',
    title:
      'Gmail 421 4.7.28: quota exceeded for messages with the same Message-ID',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.28'],
      text: ['same\\s+Message-ID'],
    },
    reason: 'policyviolation',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:. To best protect our users, the message has been temporarily rejected. b2c3d4e5f6a8.31 - gsmtp',
    happening:
      'Gmail has received too many messages carrying the same Message-ID header. Each message should have its own; a generator that reuses one, or a loop resending the same message, trips this limit.',
    causes: [
      { cause: 'malformed-message', prior: 0.7 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Let the mail library or the first server create the Message-ID, with a random part, instead of setting it by hand.',
    ],
    related: ['gmail-5-7-1-not-rfc-5322'],
    sources: [GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-0-mail-relay-denied',
    provider: 'gmail',
    title:
      'Workspace SMTP relay 550 5.7.0: mail relay denied / invalid credentials',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.0', '5.7.1'],
      text: [
        'Mail\\s+relay\\s+denied',
        'Invalid\\s+credentials\\s+for\\s+relay',
      ],
    },
    reason: 'norelaying',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.0 Mail relay denied [192.0.2.40]. Invalid credentials for relay for one of the domains in: example.com (as obtained from HELO and MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account. c3d4e5f6a7b9.32 - gsmtp",
    happening:
      "Your server is handing mail to Google Workspace's SMTP relay (smtp-relay.gmail.com), and the relay could not tie the connection to your Workspace account: the IP is not in the relay settings, or neither HELO, MAIL FROM nor SMTP AUTH names one of your domains.",
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: ['register-workspace-smtp-relay'],
    prevent: [
      'Update the Workspace relay settings whenever the sending device or its public IP changes.',
    ],
    related: ['gmail-5-7-0-mail-sending-denied'],
    sources: [WORKSPACE_RELAY_ERRORS, GMAIL_SMTP_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-0-mail-sending-denied',
    provider: 'gmail',
    title: 'Workspace SMTP relay 550 5.7.0: Mail Sending denied',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.0'],
      text: ['Mail\\s+Sending\\s+denied'],
    },
    reason: 'rejected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain. d4e5f6a7b8c0.33 - gsmtp',
    happening:
      'The Workspace relay refused the sender address: the account is suspended or deleted, or it is not a user of your Workspace domain, and the relay settings only allow your own users.',
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: ['register-workspace-smtp-relay'],
    prevent: [
      'Send automated mail from a dedicated, active Workspace account rather than from a person who may leave.',
    ],
    related: ['gmail-5-7-0-mail-relay-denied'],
    sources: [WORKSPACE_RELAY_ERRORS],
    confidence: 'hi',
    noReview: true,
  },
];
