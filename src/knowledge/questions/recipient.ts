/**
 * Questions about the receiving side. They decide whether the fault is
 * with the sender at all, or with one recipient, domain or provider.
 */
import type { Question } from '../schema';

export const recipientQuestions: readonly Question[] = [
  {
    id: 'other-providers',
    topic: 'recipient',
    text: 'Do other providers bounce the same mail too, or only this one?',
    help:
      'Look in your logs for the same campaign or the same day at Gmail, ' +
      'Outlook.com, Yahoo and business domains. A problem with the sender ' +
      'shows up almost everywhere; a local verdict shows up at one place.',
    answers: [
      {
        id: 'several',
        label: 'Several providers bounce it',
        likelihood: {
          'recipient-policy': 0.1,
          'recipient-misconfigured-filter': 0.1,
          'public-blocklist-listing': 0.7,
          'authentication-failing': 0.75,
          'dynamic-or-residential-ip': 0.8,
          'reverse-dns-missing': 0.7,
          'shared-range-neighbours': 0.35,
          'cold-ip-volume-spike': 0.3,
          'complaints-spam-traps': 0.5,
          'compromised-account-or-relay': 0.7,
          'content-or-links-flagged': 0.55,
          'forwarding-breaks-authentication': 0.2,
          greylisting: 0.15,
          'sending-too-fast': 0.35,
          'sender-domain-dns-broken': 0.8,
        },
      },
      {
        id: 'only-this-one',
        label: 'Only this provider or domain',
        likelihood: {
          'recipient-policy': 0.9,
          'recipient-misconfigured-filter': 0.9,
          'public-blocklist-listing': 0.3,
          'authentication-failing': 0.25,
          'dynamic-or-residential-ip': 0.2,
          'reverse-dns-missing': 0.3,
          'shared-range-neighbours': 0.65,
          'cold-ip-volume-spike': 0.7,
          'complaints-spam-traps': 0.5,
          'compromised-account-or-relay': 0.3,
          'content-or-links-flagged': 0.45,
          'forwarding-breaks-authentication': 0.8,
          greylisting: 0.85,
          'sending-too-fast': 0.65,
          'sender-domain-dns-broken': 0.2,
        },
      },
    ],
  },
  {
    id: 'recipient-history',
    topic: 'recipient',
    text: 'Has this address received mail from you successfully before?',
    help:
      'Search your sent mail or delivery logs for earlier messages to the ' +
      'same address. A mailbox that worked before can fill up or be closed; ' +
      'one that never worked may simply be mistyped.',
    answers: [
      {
        id: 'worked-before',
        label: 'Yes, earlier mail was delivered',
        likelihood: {
          'recipient-address-invalid': 0.25,
          'recipient-mailbox-full': 0.85,
          'recipient-policy': 0.55,
          'recipient-misconfigured-filter': 0.7,
          'recipient-server-unreachable': 0.65,
          greylisting: 0.3,
          'stale-or-purchased-list': 0.5,
        },
      },
      {
        id: 'first-time',
        label: 'No, this was the first message',
        likelihood: {
          'recipient-address-invalid': 0.75,
          'recipient-mailbox-full': 0.15,
          'recipient-policy': 0.45,
          'recipient-misconfigured-filter': 0.3,
          'recipient-server-unreachable': 0.35,
          greylisting: 0.7,
          'stale-or-purchased-list': 0.5,
        },
      },
    ],
  },
  {
    id: 'recipient-admin',
    topic: 'recipient',
    text: "If you asked the recipient's mail admin, did they say the block was deliberate?",
    help:
      'Reach the recipient by phone or another address and pass on the ' +
      'full bounce. Their admin can see whether a rule they chose refused ' +
      'you, or a fault they did not know about.',
    answers: [
      {
        id: 'deliberate',
        label: 'Yes, it is their rule or policy',
        likelihood: {
          'recipient-policy': 0.85,
          'recipient-misconfigured-filter': 0.15,
        },
      },
      {
        id: 'unintended',
        label: 'No, they found a fault or knew of no such rule',
        likelihood: {
          'recipient-policy': 0.15,
          'recipient-misconfigured-filter': 0.85,
        },
      },
    ],
  },
  {
    id: 'forwarded-recipient',
    topic: 'recipient',
    text: 'Does the bounced address forward mail on to another mailbox or a mailing list?',
    help:
      'Aliases, university and alumni addresses, and group lists often ' +
      'pass mail on. A bounce that comes from a different provider than ' +
      "the address's own domain is a sign of it.",
    answers: [
      {
        id: 'forwards',
        label: 'Yes, it forwards or is a list',
        likelihood: {
          'forwarding-breaks-authentication': 0.85,
          'authentication-failing': 0.2,
          'recipient-misconfigured-filter': 0.35,
        },
      },
      {
        id: 'direct',
        label: 'No, it is an ordinary mailbox',
        likelihood: {
          'forwarding-breaks-authentication': 0.15,
          'authentication-failing': 0.8,
          'recipient-misconfigured-filter': 0.65,
        },
      },
    ],
  },
  {
    id: 'retry-result',
    topic: 'recipient',
    text: 'For a temporary (4xx) refusal: did a later retry of the same message get through?',
    help:
      'Follow the message ID in your MTA log. Greylisting lets the second ' +
      'attempt in after a few minutes; a rate limit or a dead server keeps ' +
      'refusing for hours.',
    answers: [
      {
        id: 'went-through',
        label: 'Yes, within the hour',
        likelihood: {
          greylisting: 0.85,
          'sending-too-fast': 0.55,
          'cold-ip-volume-spike': 0.3,
          'recipient-server-unreachable': 0.25,
          'recipient-mailbox-full': 0.2,
        },
      },
      {
        id: 'still-refused',
        label: 'No, it keeps being refused',
        likelihood: {
          greylisting: 0.15,
          'sending-too-fast': 0.45,
          'cold-ip-volume-spike': 0.7,
          'recipient-server-unreachable': 0.75,
          'recipient-mailbox-full': 0.8,
        },
      },
    ],
  },
  {
    id: 'recipient-reachable',
    topic: 'recipient',
    text: "Does the recipient's domain have MX records, and does its mail server answer on port 25?",
    help:
      'Look up the MX records of the domain after the @, then test a ' +
      'connection to port 25 of that server, from your server and from ' +
      'a public checker, since some networks block port 25 outbound.',
    answers: [
      {
        id: 'answers',
        label: 'Yes, it has MX records and answers',
        likelihood: {
          'recipient-server-unreachable': 0.15,
          'recipient-address-invalid': 0.7,
          'recipient-mailbox-full': 0.95,
          'recipient-policy': 0.95,
          greylisting: 0.95,
          'recipient-misconfigured-filter': 0.85,
        },
      },
      {
        id: 'no-answer',
        label: 'No MX, or the server does not answer',
        likelihood: {
          'recipient-server-unreachable': 0.85,
          'recipient-address-invalid': 0.3,
          'recipient-mailbox-full': 0.05,
          'recipient-policy': 0.05,
          greylisting: 0.05,
          'recipient-misconfigured-filter': 0.15,
        },
      },
    ],
  },
];
