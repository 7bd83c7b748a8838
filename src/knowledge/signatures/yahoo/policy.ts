/**
 * Yahoo refusals on policy: content blocks (PH01), authentication
 * (5.7.9), and IPs on Spamhaus lists (BL21, BL23). Removal from a
 * Spamhaus list goes through Spamhaus, not Yahoo.
 */
import type { Signature } from '../../schema';
import {
  YAHOO_SENDER_HUB,
  YAHOO_SENDER_REQUEST,
  YAHOO_SMTP_ERRORS,
} from './sources';

const SPAMHAUS_CHECK = {
  title: 'Spamhaus IP and domain reputation checker',
  url: 'https://check.spamhaus.org/',
};

export const yahooPolicy: readonly Signature[] = [
  {
    id: 'yahoo-ph01-content',
    provider: 'yahoo',
    title:
      'Yahoo 554 [PH01]: message not allowed, not accepted for policy reasons',
    match: {
      providers: ['yahoo'],
      tags: ['PH01'],
      replyCodes: ['554', '550'],
      text: ['Message\\s+not\\s+allowed'],
    },
    reason: 'policyviolation',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
    happening:
      "Yahoo's content filters refused this message, most often because of a link, an image or an attachment that looks like phishing or malware. Yahoo lists PH codes as content-based blocks.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.7 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
    ],
    fixes: ['request-yahoo-review'],
    prevent: [
      'Check every linked domain, including tracking and image hosts, before sending, and remove any you do not control.',
    ],
    related: ['yahoo-5-7-9-policy', 'spamhaus-dbl-listing'],
    sources: [YAHOO_SMTP_ERRORS, YAHOO_SENDER_REQUEST],
    confidence: 'hi',
  },
  {
    id: 'yahoo-5-7-9-unauthenticated',
    provider: 'yahoo',
    title: 'Yahoo 550 5.7.9: sender is unauthenticated (no SPF or DKIM pass)',
    match: {
      providers: ['yahoo'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.9'],
      text: [
        'Yahoo\\s+requires\\s+all\\s+senders\\s+to\\s+authenticate',
        'sender\\s+is\\s+unauthenticated',
      ],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    happening:
      'Neither SPF nor DKIM passed for this message, and Yahoo, like Gmail, now refuses mail that proves nothing about its sender. Bulk senders also need a DMARC record.',
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Sign all mail with DKIM under your own domain and keep SPF covering every sending server.',
    ],
    related: ['yahoo-5-7-9-policy', 'gmail-5-7-26-unauthenticated'],
    sources: [YAHOO_SMTP_ERRORS, YAHOO_SENDER_HUB],
    confidence: 'med',
  },
  {
    id: 'yahoo-5-7-9-policy',
    provider: 'yahoo',
    title: 'Yahoo 554 5.7.9: message not accepted for policy reasons',
    match: {
      providers: ['yahoo'],
      replyCodes: ['554', '550'],
      statuses: ['5.7.9'],
      text: ['not\\s+accepted\\s+for\\s+policy\\s+reasons'],
    },
    reason: 'policyviolation',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
    happening:
      'Yahoo refused the message on policy grounds without saying which. In practice this is most often a DMARC or DKIM failure (for example a From: domain whose DMARC policy says reject), and sometimes the content.',
    causes: [
      { cause: 'authentication-failing', prior: 0.5 },
      { cause: 'forwarding-breaks-authentication', prior: 0.2 },
      { cause: 'content-or-links-flagged', prior: 0.2 },
      { cause: 'sender-domain-dns-broken', prior: 0.1 },
    ],
    fixes: ['request-yahoo-review'],
    prevent: [
      'Read your DMARC aggregate reports for Yahoo as a source; failures there show up before the bounces do.',
    ],
    related: ['yahoo-5-7-9-unauthenticated', 'generic-dmarc-reject'],
    sources: [YAHOO_SMTP_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'yahoo-bl21-spamhaus',
    provider: 'yahoo',
    title:
      "Yahoo 553 5.7.1 [BL21]: connections refused, IP is in Spamhaus's list",
    match: {
      providers: ['yahoo'],
      tags: ['BL21', 'TSS07'],
      replyCodes: ['553', '554', '550'],
      text: ['ip\\s+is\\s+in\\s+Spamhaus\\S{0,6}s\\s+list'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.9, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
    happening:
      'Yahoo checks connecting IPs against Spamhaus and refuses yours because it is listed there. Yahoo cannot remove the listing; Spamhaus can, once the reason for it is dealt with.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.6 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Check your sending IPs against Spamhaus regularly, so a listing is found before Yahoo finds it.',
    ],
    related: ['yahoo-bl23-spamhaus-xbl', 'spamhaus-zen-listing'],
    sources: [YAHOO_SMTP_ERRORS, SPAMHAUS_CHECK],
    confidence: 'hi',
  },
  {
    id: 'yahoo-bl23-spamhaus-xbl',
    provider: 'yahoo',
    title:
      'Yahoo 553 5.7.1 [BL23]: connections not accepted, IP on Spamhaus XBL',
    match: {
      providers: ['yahoo'],
      tags: ['BL23'],
      replyCodes: ['553', '554', '550'],
      text: [
        'not\\s+accepted\\s+from\\s+IP\\s+addresses\\s+on\\s+Spamhaus\\s+XBL',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see https://postmaster.yahooinc.com/error-codes [550]',
    happening:
      "The sending IP is on Spamhaus's exploits list (XBL), which lists hosts seen acting as if infected or hijacked: malware, open proxies, bots. Something on that IP, or behind the same NAT address, has been sending on someone else's behalf.",
    causes: [
      { cause: 'compromised-account-or-relay', prior: 0.6 },
      { cause: 'public-blocklist-listing', prior: 0.3 },
      { cause: 'shared-range-neighbours', prior: 0.1 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Block outbound port 25 for every machine on the network except the mail server.',
    ],
    related: ['yahoo-bl21-spamhaus', 'spamhaus-zen-listing'],
    sources: [YAHOO_SMTP_ERRORS, SPAMHAUS_CHECK],
    confidence: 'hi',
  },
];
