/** Trend Micro Email Reputation Services and Broadcom Email Security.cloud. */
import type { Signature } from '../../schema';

const TREND_ERS = {
  title: 'Trend Micro Email Reputation Services lookup',
  url: 'https://ers.trendmicro.com/reputations',
};
const BROADCOM_REMOVAL = {
  title: 'Broadcom Email Security.cloud IP removal',
  url: 'https://ipremoval.sms.symantec.com/',
};

export const trendBroadcomSignatures: readonly Signature[] = [
  {
    id: 'trend-micro-qil',
    provider: 'trend-micro',
    title:
      '450 4.7.1 Recipient address rejected: ERS-QIL (Trend Micro quick listing)',
    match: { providers: ['trend-micro'], tags: ['ERS-QIL'] },
    reason: 'blocked',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '450 4.7.1 <kijitora@example.com>: Recipient address rejected: ERS-QIL.',
    happening:
      'Trend Micro put your sending address on its Quick IP List after seeing a burst of bad mail from it. These entries are automatic and short, from minutes to about half a day.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.35 },
      { cause: 'cold-ip-volume-spike', prior: 0.3 },
    ],
    fixes: ['request-trend-micro-review'],
    prevent: [
      'Spread large mailings over time and watch for accounts that suddenly send far more than usual.',
    ],
    related: ['trend-micro-rbl-plus'],
    sources: [TREND_ERS],
    confidence: 'hi',
  },
  {
    id: 'trend-micro-dul',
    provider: 'trend-micro',
    title: '550 5.7.1 ERS-DUL: Trend Micro lists your IP as dynamic',
    match: { providers: ['trend-micro'], tags: ['ERS-DUL'] },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 <kijitora@example.com>: Recipient address rejected: ERS-DUL.',
    happening:
      'Trend Micro lists your address as part of a dynamic or home range, the kind that should hand mail to its provider rather than deliver it directly.',
    causes: [
      { cause: 'dynamic-or-residential-ip', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
    ],
    fixes: ['request-trend-micro-review'],
    prevent: [
      'Send through your ISP or mail provider, or from a static address with reverse DNS set up for mail.',
    ],
    related: ['trend-micro-rbl-plus', 'spamhaus-pbl-listing'],
    sources: [TREND_ERS],
    undocumented:
      'Trend Micro documents the DUL list but not the exact reply text; this wording is modelled on the ERS-QIL reply.',
    confidence: 'med',
  },
  {
    id: 'trend-micro-rbl-plus',
    provider: 'trend-micro',
    title:
      '550 5.7.1 Blocked using Trend Micro RBL+ (Email Reputation Services)',
    match: {
      providers: ['trend-micro'],
      replyCodes: ['550', '554'],
      statuses: ['5.7.1'],
      text: ['trend micro rbl\\+', 'ERS-RBL'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+.',
    happening:
      "Trend Micro's reputation list names your sending address as a source of spam, and the recipient's filter refuses mail from addresses on it.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'stale-or-purchased-list', prior: 0.15 },
    ],
    fixes: ['request-trend-micro-review'],
    prevent: [
      'Keep lists to people who opted in, and watch for spam leaving through hacked accounts or web forms.',
    ],
    related: ['trend-micro-qil', 'trend-micro-dul'],
    sources: [TREND_ERS],
    confidence: 'hi',
  },
  {
    id: 'trend-micro-sender-blocked',
    provider: 'trend-micro',
    title:
      '550 5.7.1 Recipient address rejected: BLOCK-SEND-ER (Trend Micro rule)',
    match: { providers: ['trend-micro'], tags: ['BLOCK-SEND-ER'] },
    reason: 'rejected',
    severity: 'medium',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '550 5.7.1 <kijitora@example.com>: Recipient address rejected: BLOCK-SEND-ER.',
    happening:
      'The recipient organisation has a rule in its Trend Micro filter that blocks your sender address or domain. It is their own setting, not a public listing.',
    causes: [{ cause: 'recipient-policy', prior: 1 }],
    fixes: ['ask-recipient-admin-allowlist'],
    prevent: [
      'If the block was a mistake, ask for your address to be removed from their blocked senders.',
    ],
    related: ['trend-micro-rbl-plus'],
    sources: [TREND_ERS],
    undocumented:
      'Trend Micro does not publish this reply; its meaning comes from a public catalogue of SMTP replies.',
    confidence: 'med',
  },
  {
    id: 'broadcom-auth-required',
    provider: 'broadcom',
    title:
      '550 Please turn on SMTP Authentication in your mail client (Broadcom)',
    match: {
      providers: ['broadcom'],
      replyCodes: ['550'],
      text: ['turn on smtp authentication'],
    },
    reason: 'securityerror',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550-Please turn on SMTP Authentication in your mail client. 550-mail0.example.com [198.51.100.21]:25 is not permitted to 550 relay through this server without authentication.',
    happening:
      'Your mail was handed to a Broadcom (Symantec, formerly MessageLabs) server as if to relay it onward, but the connection did not log in. The service relays only for its customers once they authenticate.',
    causes: [
      { cause: 'relay-or-submission-misconfigured', prior: 0.8 },
      { cause: 'recipient-misconfigured-filter', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Set your mail program or server to log in (SMTP AUTH) to the outgoing server it is configured to use.',
    ],
    related: ['generic-relay-denied', 'broadcom-message-filtered'],
    sources: [
      {
        title: 'RFC 4954: SMTP authentication',
        url: 'https://www.rfc-editor.org/rfc/rfc4954',
      },
    ],
    confidence: 'med',
  },
  {
    id: 'broadcom-message-filtered',
    provider: 'broadcom',
    title:
      '553 5.7.1 Message filtered: Broadcom Email Security.cloud spam rule',
    match: {
      providers: ['broadcom'],
      replyCodes: ['553', '550', '554'],
      statuses: ['5.7.1'],
      text: ['message filtered'],
    },
    reason: 'spamdetected',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example:
      '553 5.7.1 Message filtered. Please see the FAQs section on spam (#5.7.1)',
    happening:
      "Broadcom's filter (formerly Symantec MessageLabs) decided the message was spam, either from its content or from your address's standing, and refused it.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.5 },
      { cause: 'public-blocklist-listing', prior: 0.25 },
      { cause: 'recipient-policy', prior: 0.25 },
    ],
    fixes: ['request-broadcom-removal', 'ask-recipient-admin-allowlist'],
    prevent: [
      'Test new templates with a spam checker, and keep links to reputable domains.',
    ],
    related: ['broadcom-auth-required', 'generic-spam-detected'],
    sources: [BROADCOM_REMOVAL],
    undocumented:
      'Broadcom does not say which rule matched; the recipient admin can look it up in their console.',
    confidence: 'med',
  },
];
