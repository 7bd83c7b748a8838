/**
 * Yahoo and AOL routes: the sender support request, the complaint
 * feedback loop, and pacing mail to their servers.
 */
import type { Fix } from '../../schema';
import {
  YAHOO_FEEDBACK_LOOP,
  YAHOO_SENDER_HUB,
  YAHOO_SENDER_REQUEST,
  YAHOO_SMTP_ERRORS,
} from '../../signatures/yahoo/sources';

export const yahooFixes: readonly Fix[] = [
  {
    id: 'request-yahoo-review',
    title: 'Ask Yahoo to review your sending after fixing the cause',
    phase: 'request-review',
    scope: 'signature',
    steps: [
      'Fix what caused the block first; a request made while the problem continues is unlikely to help.',
      "Open Yahoo's Sender Hub and fill in the sender support request form.",
      'Give the sending IP {ip}, the domain {domain}, the exact bounce lines with their TS, PH or BL codes, and when the problem began.',
      'Say what you changed. Keep sending slowly while you wait for an answer.',
    ],
    links: [YAHOO_SENDER_HUB, YAHOO_SENDER_REQUEST, YAHOO_SMTP_ERRORS],
    causes: [],
  },
  {
    id: 'join-yahoo-complaint-feedback-loop',
    title: 'Enrol your domain in the Yahoo Complaint Feedback Loop',
    phase: 'prevent',
    scope: 'signature',
    steps: [
      'Make sure your mail is signed with DKIM under {domain}: the feedback loop works by DKIM domain.',
      'Create a sender profile in the Yahoo Sender Hub, add and verify {domain}, then enrol it.',
      'Unsubscribe every address that Yahoo reports as having marked your mail as spam, automatically and at once.',
    ],
    links: [YAHOO_FEEDBACK_LOOP],
    causes: [],
  },
  {
    id: 'throttle-yahoo-delivery',
    title: 'Slow down delivery to Yahoo and AOL',
    phase: 'contain',
    scope: 'signature',
    steps: [
      'Lower the connections and messages per connection your server uses for Yahoo and AOL mail hosts.',
      'When TS deferrals appear, pause bulk sends to Yahoo for a few hours instead of letting the queue retry at full speed.',
      'Raise volume again in small steps and stop if deferrals return.',
    ],
    links: [YAHOO_SMTP_ERRORS],
    causes: [],
  },
  {
    id: 'make-yahoo-from-domain-resolvable',
    title: 'Make the envelope sender domain resolve in DNS',
    phase: 'fix',
    scope: 'signature',
    steps: [
      'Find the domain in the MAIL FROM (return-path) address of the bounced message.',
      'Check that it, or its parent zone, answers with an SOA record and has MX or A records.',
      'If it is a subdomain used only for bounces, publish an MX or A record for it, or switch the return-path to a domain that has one.',
    ],
    links: [YAHOO_SMTP_ERRORS],
    causes: [],
  },
];
