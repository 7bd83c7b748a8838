/**
 * Gmail's bulk-sender rules on DMARC (alignment 4.7.32, a missing record)
 * and on TLS (4.7.29). Each comes as a deferral and as a refusal.
 */
import type { Signature } from '../../schema';
import {
  GMAIL_SENDER_FAQ,
  GMAIL_SENDER_GUIDELINES,
  GMAIL_SMTP_ERRORS,
} from './sources';

const NOT_ALIGNED = [
  'isn\\S{0,6}t\\s+aligned\\s+with\\s+either\\s+the\\s+authenticated\\s+SPF\\s+or\\s+DKIM',
  'not\\s+aligned\\s+with\\s+either\\s+the\\s+authenticated',
];
const NO_DMARC = [
  'doesn\\S{0,6}t\\s+have\\s+a\\s+DMARC\\s+record',
  'DMARC\\s+record\\s+doesn\\S{0,6}t\\s+specify\\s+a\\s+DMARC\\s+policy',
];
const NO_TLS = [
  '(?:not|wasn\\S{0,6}t)\\s+sent\\s+over\\s+a\\s+TLS\\s+connection',
  'TLS\\s+wasn\\S{0,6}t\\s+used',
  'senders\\s+to\\s+use\\s+TLS',
];
const DMARC_NUMBER_NOTE =
  "Google's page, as archived, prints this rule as 4.7.40 and 5.7.40, but that number may come from converting the page rather than from the servers. Recognise it by its wording and treat the number as unconfirmed.";

export const gmailAlignmentAndTls: readonly Signature[] = [
  {
    id: 'gmail-4-7-32-from-not-aligned',
    provider: 'gmail',
    title: 'Gmail 421 4.7.32: From: domain not aligned with SPF or DKIM',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.32', '5.7.32'],
      text: NOT_ALIGNED,
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. f2a3b4c5d6e7.11 - gsmtp",
    happening:
      'SPF or DKIM may well pass, but for some other domain: typically the sending service signs with its own domain and uses its own return-path. Gmail wants at least one of them to match the organisational domain in the visible From: address.',
    causes: [
      { cause: 'authentication-failing', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.1 },
      { cause: 'forwarding-breaks-authentication', prior: 0.1 },
    ],
    fixes: ['check-gmail-sender-requirements', 'use-google-postmaster-tools'],
    prevent: [
      'When you add a sending service, set up its custom DKIM signing or custom return-path on your own domain before it sends.',
    ],
    related: ['gmail-5-7-32-from-not-aligned', 'gmail-5-7-26-dmarc-policy'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_FAQ],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-32-from-not-aligned',
    provider: 'gmail',
    title:
      'Gmail 550 5.7.32: blocked, From: domain not aligned with SPF or DKIM',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.32'],
      text: NOT_ALIGNED,
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.32 Your email has been blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. a3b4c5d6e7f8.12 - gsmtp",
    happening:
      'Gmail refused the message because the domain people see in From: matches neither the domain that passed SPF nor the domain that signed with DKIM. Mail sent through a service using its own defaults often looks like this.',
    causes: [
      { cause: 'authentication-failing', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.1 },
      { cause: 'forwarding-breaks-authentication', prior: 0.1 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Keep a list of every service that sends as your domain and check each one for aligned DKIM in your DMARC reports.',
    ],
    related: ['gmail-4-7-32-from-not-aligned', 'generic-dmarc-reject'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_FAQ],
    confidence: 'med',
    noReview: true,
  },
  {
    id: 'gmail-4-7-40-dmarc-record-missing',
    provider: 'gmail',
    title: 'Gmail 421 (4.7.40?): bulk sender without a DMARC record',
    match: {
      providers: ['gmail'],
      replyCodes: ['421', '451'],
      statuses: ['4.7.40', '4.7.0-4.7.999'],
      text: NO_DMARC,
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. b4c5d6e7f8a9.13 - gsmtp",
    happening:
      'Bulk senders to Gmail must publish a DMARC record for the From: domain. Gmail found none, or found one without a p= policy, and is deferring your mail.',
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'sender-domain-dns-broken', prior: 0.3 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Publish a DMARC record at _dmarc.{domain} with at least p=none and a reporting address, and keep it when moving DNS hosts.',
    ],
    related: ['gmail-5-7-40-dmarc-record-missing'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    undocumented: DMARC_NUMBER_NOTE,
    confidence: 'low',
    noReview: true,
  },
  {
    id: 'gmail-5-7-40-dmarc-record-missing',
    provider: 'gmail',
    title: 'Gmail 550 (5.7.40?): blocked, bulk sender without a DMARC record',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.40', '5.7.0-5.7.999'],
      text: NO_DMARC,
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.40 Your email has been blocked because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. c5d6e7f8a9b0.14 - gsmtp",
    happening:
      'Gmail refused the message because the From: domain of a bulk sender has no DMARC record, or a record with no policy in it.',
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'sender-domain-dns-broken', prior: 0.3 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Add a check for the _dmarc record to whatever monitors your DNS.',
    ],
    related: ['gmail-4-7-40-dmarc-record-missing'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    undocumented: DMARC_NUMBER_NOTE,
    confidence: 'low',
    noReview: true,
  },
  {
    id: 'gmail-4-7-29-tls-not-used',
    provider: 'gmail',
    title: 'Gmail 421 4.7.29: bulk mail rate limited, not sent over TLS',
    match: {
      providers: ['gmail'],
      replyCodes: ['421'],
      statuses: ['4.7.29'],
      text: NO_TLS,
    },
    reason: 'failedstarttls',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      "421 4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. d6e7f8a9b0c1.15 - gsmtp",
    happening:
      'Your server delivered this message in plain text, without STARTTLS. Gmail requires bulk senders to encrypt the connection and is deferring your mail until it does.',
    causes: [
      { cause: 'tls-not-offered', prior: 0.85 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Set the outgoing server to use STARTTLS whenever the receiving server offers it, and keep its TLS libraries current.',
    ],
    related: ['gmail-5-7-29-tls-not-used', 'generic-starttls-required'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
  {
    id: 'gmail-5-7-29-tls-not-used',
    provider: 'gmail',
    title: 'Gmail 550 5.7.29: bulk mail blocked, not sent over TLS',
    match: {
      providers: ['gmail'],
      replyCodes: ['550'],
      statuses: ['5.7.29'],
      text: NO_TLS,
    },
    reason: 'failedstarttls',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "550 5.7.29 This mail has been blocked because TLS wasn't used. Gmail requires all large senders to use TLS/SSL during SMTP. e7f8a9b0c1d2.16 - gsmtp",
    happening:
      'Gmail refused a message from a bulk sender because the SMTP connection was not encrypted.',
    causes: [
      { cause: 'tls-not-offered', prior: 0.85 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: ['check-gmail-sender-requirements'],
    prevent: [
      'Watch the TLS figure in Postmaster Tools: it should stay at 100% for outbound mail.',
    ],
    related: ['gmail-4-7-29-tls-not-used', 'generic-starttls-required'],
    sources: [GMAIL_SMTP_ERRORS, GMAIL_SENDER_GUIDELINES],
    confidence: 'hi',
    noReview: true,
  },
];
