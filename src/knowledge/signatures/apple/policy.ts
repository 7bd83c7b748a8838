/**
 * iCloud Mail's tagged policy refusals (CS01, HM08, BS01, HME1) and its
 * DMARC rejection. Apple documents none of the tags one by one; its
 * postmaster page is the single route for review.
 */
import type { Signature } from '../../schema';
import { ICLOUD_POSTMASTER } from './sources';

const LOCAL_POLICY = 'rejected\\s+due\\s+to\\s+local\\s+policy';
const filterCauses: Signature['causes'] = [
  { cause: 'complaints-spam-traps', prior: 0.3 },
  { cause: 'content-or-links-flagged', prior: 0.2 },
  { cause: 'authentication-failing', prior: 0.15 },
  { cause: 'stale-or-purchased-list', prior: 0.15 },
  { cause: 'cold-ip-volume-spike', prior: 0.1 },
  { cause: 'shared-range-neighbours', prior: 0.1 },
];
const TAG_NOTE =
  'Apple does not publish what its bracketed codes stand for. Its postmaster page says only that filtering weighs IP and domain reputation, content checks and user feedback.';
const reviewFixes = [
  'follow-icloud-bulk-practices',
  'contact-icloud-postmaster',
];

export const icloudPolicy: readonly Signature[] = [
  {
    id: 'icloud-cs01',
    provider: 'icloud',
    title: 'iCloud 550/554 5.7.1 [CS01]: message rejected due to local policy',
    match: {
      providers: ['icloud'],
      tags: ['CS01'],
      replyCodes: ['550', '554'],
      text: [LOCAL_POLICY],
    },
    reason: 'policyviolation',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    happening:
      "iCloud Mail's filters refused the message. CS01 is the code most often reported, and in practice follows a poor reputation for the sending IP or domain, though content can play a part.",
    causes: filterCauses,
    fixes: reviewFixes,
    prevent: [
      "Follow the bulk-mail practices on Apple's postmaster page: opt-in only, a working unsubscribe link, and steady sending IPs and domains.",
    ],
    related: ['icloud-hm08', 'icloud-bs01', 'icloud-proofpoint-block'],
    sources: [ICLOUD_POSTMASTER],
    undocumented: TAG_NOTE,
    confidence: 'hi',
  },
  {
    id: 'icloud-hm08',
    provider: 'icloud',
    title: 'iCloud 554 5.7.1 [HM08]: message rejected due to local policy',
    match: {
      providers: ['icloud'],
      tags: ['HM08'],
      replyCodes: ['554', '550'],
      text: [LOCAL_POLICY],
    },
    reason: 'policyviolation',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    happening:
      "Another of iCloud Mail's policy refusals, with the same wording as CS01. Which filter fired is not public; treat it as a reputation or content block.",
    causes: filterCauses,
    fixes: reviewFixes,
    prevent: [
      'Remove inactive subscribers regularly; Apple offers no feedback loop, so engagement is the only signal you get.',
    ],
    related: ['icloud-cs01', 'icloud-bs01'],
    sources: [ICLOUD_POSTMASTER],
    undocumented: TAG_NOTE,
    confidence: 'med',
  },
  {
    id: 'icloud-bs01',
    provider: 'icloud',
    title: 'iCloud 554 5.7.1 [BS01]: message rejected due to local policy',
    match: {
      providers: ['icloud'],
      tags: ['BS01'],
      replyCodes: ['554', '550'],
      text: [LOCAL_POLICY],
    },
    reason: 'policyviolation',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 [BS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    happening:
      'An iCloud Mail policy refusal that one public catalogue ties to authentication problems. Check SPF, DKIM and DMARC first, then reputation.',
    causes: [
      { cause: 'authentication-failing', prior: 0.45 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
      { cause: 'content-or-links-flagged', prior: 0.15 },
      { cause: 'forwarding-breaks-authentication', prior: 0.1 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ],
    fixes: reviewFixes,
    prevent: [
      'Sign with DKIM under your own domain and publish a DMARC policy, as Apple asks of bulk senders.',
    ],
    related: ['icloud-cs01', 'icloud-hme1-spf-dkim-fail'],
    sources: [ICLOUD_POSTMASTER],
    undocumented: `${TAG_NOTE} The link between BS01 and authentication comes from a third-party catalogue, not from Apple.`,
    confidence: 'low',
  },
  {
    id: 'icloud-hme1-spf-dkim-fail',
    provider: 'icloud',
    title: 'iCloud 554 5.7.1 [HME1]: blocked for failing both SPF and DKIM',
    match: {
      providers: ['icloud'],
      tags: ['HME1'],
      replyCodes: ['554', '550'],
      text: ['failing\\s+both\\s+SPF\\s+and\\s+DKIM'],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices',
    happening:
      "Neither SPF nor DKIM passed, so iCloud refused the message. This reply has been seen on Hide My Email addresses, which forward to a person's real iCloud inbox and check authentication strictly.",
    causes: [
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: ['contact-icloud-postmaster'],
    prevent: [
      'Make every sending service sign with DKIM and keep SPF covering it, then check with a test message to an iCloud address.',
    ],
    related: ['icloud-dmarc-policy', 'gmail-5-7-26-unauthenticated'],
    sources: [ICLOUD_POSTMASTER],
    confidence: 'med',
  },
  {
    id: 'icloud-dmarc-policy',
    provider: 'icloud',
    title:
      "iCloud 554 5.7.1: message rejected due to the domain's DMARC policy",
    match: {
      providers: ['icloud'],
      replyCodes: ['554', '550'],
      statuses: ['5.7.1'],
      text: ['rejected\\s+due\\s+to\\s+\\S+\\s+DMARC\\s+policy'],
    },
    reason: 'authfailure',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      "554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
    happening:
      'The From: domain publishes a DMARC policy of reject, and this message had no aligned SPF or DKIM pass for it, so iCloud did as the domain asked.',
    causes: [
      { cause: 'authentication-failing', prior: 0.5 },
      { cause: 'forwarding-breaks-authentication', prior: 0.35 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Check that every service sending as your domain signs with DKIM under that domain before tightening DMARC.',
    ],
    related: ['icloud-hme1-spf-dkim-fail', 'generic-dmarc-reject'],
    sources: [ICLOUD_POSTMASTER],
    confidence: 'hi',
  },
];
