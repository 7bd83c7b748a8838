/**
 * Yahoo's TS-family deferrals and permanent deferrals, and AOL's legacy
 * RLY:B1. Yahoo documents these only broadly, so the entries say how
 * much is known and lean on the tag rather than on the wording.
 */
import type { Signature } from '../../schema';
import {
  YAHOO_FEEDBACK_LOOP,
  YAHOO_SENDER_REQUEST,
  YAHOO_SMTP_ERRORS,
} from './sources';

const complaintCauses: Signature['causes'] = [
  { cause: 'complaints-spam-traps', prior: 0.35 },
  { cause: 'cold-ip-volume-spike', prior: 0.2 },
  { cause: 'authentication-failing', prior: 0.15 },
  { cause: 'stale-or-purchased-list', prior: 0.1 },
  { cause: 'shared-range-neighbours', prior: 0.1 },
  { cause: 'compromised-account-or-relay', prior: 0.1 },
];
const deferralFixes = [
  'throttle-yahoo-delivery',
  'join-yahoo-complaint-feedback-loop',
  'request-yahoo-review',
];

export const yahooDeferrals: readonly Signature[] = [
  {
    id: 'yahoo-tss04',
    provider: 'yahoo',
    title:
      'Yahoo 421 4.7.0 [TSS04]: temporarily deferred, unexpected volume or complaints',
    match: {
      providers: ['yahoo'],
      tags: ['TSS04'],
      replyCodes: ['421', '451'],
      statuses: ['4.7.0'],
      text: [
        'temporarily\\s+deferred\\s+due\\s+to\\s+unexpected\\s+volume\\s+or\\s+user\\s+complaints',
      ],
    },
    reason: 'rejected',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    happening:
      'Yahoo (which also runs AOL mail) is holding back mail from your IP. TSS04 is a broad bucket: the wording names volume and complaints, but the same reply is seen for poor IP or range reputation and for unauthenticated mail. Your server will retry; whether retries get through depends on what Yahoo sees next.',
    causes: complaintCauses,
    fixes: deferralFixes,
    prevent: [
      'Keep volume to Yahoo steady and raise it in steps when warming a new IP or domain.',
      'Sign with DKIM and enrol the signing domain in the Yahoo Complaint Feedback Loop, then drop everyone who complains.',
    ],
    related: ['yahoo-ts01-ts02-deferred', 'yahoo-tss09-permanently-deferred'],
    sources: [YAHOO_SMTP_ERRORS, YAHOO_FEEDBACK_LOOP],
    undocumented:
      'Yahoo publishes TSS04 only as part of its TS group of deferrals, without a precise trigger; the same reply is seen for several different problems.',
    confidence: 'hi',
  },
  {
    id: 'yahoo-ts01-ts02-deferred',
    provider: 'yahoo',
    title: 'Yahoo 421 4.7.0 [TS01] / [TS02]: messages temporarily deferred',
    match: {
      providers: ['yahoo'],
      tags: ['TS01', 'TS02'],
      replyCodes: ['421', '451'],
    },
    reason: 'rejected',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.0 [TS02] Messages from 192.0.2.50 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    happening:
      'An older form of the Yahoo deferral that TSS04 now mostly replaces: Yahoo saw something it did not like in your traffic, usually complaints or unusual volume, and asks your server to come back later.',
    causes: complaintCauses,
    fixes: deferralFixes,
    prevent: [
      'Pause or slow sending to Yahoo for a few hours when these appear, instead of letting the queue retry at full speed.',
    ],
    related: ['yahoo-tss04', 'yahoo-ts03-permanently-deferred'],
    sources: [YAHOO_SMTP_ERRORS],
    undocumented:
      'Yahoo does not publish separate meanings for TS01 and TS02, and third-party tables disagree about them. Treat them like TSS04.',
    confidence: 'low',
  },
  {
    id: 'yahoo-ts03-permanently-deferred',
    provider: 'yahoo',
    title:
      'Yahoo 421 4.7.1 [TS03]: all messages from this IP permanently deferred',
    match: {
      providers: ['yahoo'],
      tags: ['TS03'],
      replyCodes: ['421'],
      text: ['permanently\\s+deferred'],
    },
    reason: 'rejected',
    severity: 'critical',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.7.1 [TS03] All messages from 192.0.2.60 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    happening:
      "The reply code says temporary, but Yahoo means a block: it saw a volume from your IP that looks like unsolicited bulk mail. Yahoo's old help article on TS03 asked senders not to resend until they had changed their list and sign-up practices, and to wait at least 48 hours after such changes.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'stale-or-purchased-list', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.15 },
    ],
    fixes: ['request-yahoo-review', 'join-yahoo-complaint-feedback-loop'],
    prevent: [
      'Mail only people who asked for it, confirmed by a double opt-in for new sign-ups.',
    ],
    related: ['yahoo-tss09-permanently-deferred', 'yahoo-tss04'],
    sources: [YAHOO_SMTP_ERRORS, YAHOO_SENDER_REQUEST],
    confidence: 'med',
  },
  {
    id: 'yahoo-tss09-permanently-deferred',
    provider: 'yahoo',
    title:
      'Yahoo 553 5.7.2 [TSS09] / [TSS11]: all messages permanently deferred',
    match: {
      providers: ['yahoo'],
      tags: ['TSS09', 'TSS11'],
      replyCodes: ['553', '554', '550'],
      text: ['will\\s+be\\s+permanently\\s+deferred'],
    },
    reason: 'rejected',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    happening:
      'Yahoo has blocked the sending IP outright, typically after complaints or spam-trap hits went on for some time. Retrying will not help; the cause has to be fixed first and Yahoo asked to look again.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.4 },
      { cause: 'stale-or-purchased-list', prior: 0.25 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
    ],
    fixes: ['request-yahoo-review', 'join-yahoo-complaint-feedback-loop'],
    prevent: [
      'Act on the first TSS04 deferrals: a block like this usually follows weeks of them.',
    ],
    related: ['yahoo-tss04', 'yahoo-ts03-permanently-deferred'],
    sources: [YAHOO_SMTP_ERRORS, YAHOO_SENDER_REQUEST],
    undocumented:
      'Yahoo does not publish what separates TSS09 from TSS11; both are reported with the same wording.',
    confidence: 'med',
  },
  {
    id: 'aol-rly-b1',
    provider: 'yahoo',
    title: 'AOL 554 RLY:B1: dynamic block after user complaints (legacy)',
    match: {
      providers: ['yahoo'],
      tags: ['RLY:B1'],
      replyCodes: ['554', '421'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example: '554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html',
    happening:
      "AOL's own servers used this reply when complaints about an IP passed a threshold. AOL described the block as dynamic, lifting by itself within about a day once complaints dropped. AOL mail now runs on Yahoo's systems, so new bounces carry Yahoo's codes instead.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.6 },
      { cause: 'stale-or-purchased-list', prior: 0.25 },
      { cause: 'compromised-account-or-relay', prior: 0.15 },
    ],
    fixes: ['join-yahoo-complaint-feedback-loop', 'throttle-yahoo-delivery'],
    prevent: [
      'Process feedback-loop complaints automatically, so complainers are never mailed again.',
    ],
    related: ['yahoo-tss04'],
    sources: [YAHOO_SMTP_ERRORS],
    undocumented:
      "AOL's page for RLY:B1 is retired and Yahoo's current list does not include the code; what is known comes from the old AOL postmaster site as archived.",
    confidence: 'med',
  },
];
