/**
 * Questions about the message itself. A plain test message is the
 * quickest way to tell a content verdict from a verdict on the sender.
 */
import type { Question } from '../schema';

export const contentQuestions: readonly Question[] = [
  {
    id: 'plain-test',
    topic: 'content',
    text: 'Does a short plain-text test message, with no links or attachments, from the same server get through?',
    help:
      'Send a few lines of ordinary text from the same server and address ' +
      'to the same provider. If that arrives, the filter objects to the ' +
      'message; if it bounces too, it objects to the sender.',
    answers: [
      {
        id: 'plain-gets-through',
        label: 'Yes, the plain message arrives',
        likelihood: {
          'content-or-links-flagged': 0.85,
          'message-too-large': 0.9,
          'malformed-message': 0.8,
          'public-blocklist-listing': 0.1,
          'cold-ip-volume-spike': 0.2,
          'shared-range-neighbours': 0.1,
          'dynamic-or-residential-ip': 0.05,
          'reverse-dns-missing': 0.05,
          'authentication-failing': 0.3,
          'complaints-spam-traps': 0.4,
          'recipient-policy': 0.2,
          'recipient-misconfigured-filter': 0.4,
        },
      },
      {
        id: 'plain-also-bounces',
        label: 'No, it bounces the same way',
        likelihood: {
          'content-or-links-flagged': 0.15,
          'message-too-large': 0.1,
          'malformed-message': 0.2,
          'public-blocklist-listing': 0.9,
          'cold-ip-volume-spike': 0.8,
          'shared-range-neighbours': 0.9,
          'dynamic-or-residential-ip': 0.95,
          'reverse-dns-missing': 0.95,
          'authentication-failing': 0.7,
          'complaints-spam-traps': 0.6,
          'recipient-policy': 0.8,
          'recipient-misconfigured-filter': 0.6,
        },
      },
    ],
  },
  {
    id: 'links-content',
    topic: 'content',
    text: 'Does the message contain link shorteners, links to unfamiliar or new domains, or attachments such as .zip, .html or Office files with macros?',
    help:
      'Filters score every link domain and attachment type. Check the link ' +
      'domains at check.spamhaus.org; one listed domain in the body is ' +
      'enough for a rejection at some receivers.',
    answers: [
      {
        id: 'risky',
        label: 'Yes, some of those',
        likelihood: {
          'content-or-links-flagged': 0.8,
          'complaints-spam-traps': 0.5,
          'compromised-account-or-relay': 0.6,
          'malformed-message': 0.35,
        },
      },
      {
        id: 'clean-content',
        label: 'No, only our own domain and ordinary files',
        likelihood: {
          'content-or-links-flagged': 0.2,
          'complaints-spam-traps': 0.5,
          'compromised-account-or-relay': 0.4,
          'malformed-message': 0.65,
        },
      },
    ],
  },
  {
    id: 'message-size',
    topic: 'content',
    text: 'Was the message bigger than about 10 MB with its attachments?',
    help:
      'Check the size in your sent folder or the MTA log. Encoding ' +
      'attachments for sending adds about a third, and many receivers ' +
      'stop somewhere between 10 and 50 MB.',
    answers: [
      {
        id: 'large',
        label: 'Yes, it was large',
        likelihood: {
          'message-too-large': 0.9,
          'content-or-links-flagged': 0.3,
          'malformed-message': 0.25,
          'recipient-mailbox-full': 0.45,
        },
      },
      {
        id: 'small',
        label: 'No, it was small',
        likelihood: {
          'message-too-large': 0.1,
          'content-or-links-flagged': 0.7,
          'malformed-message': 0.75,
          'recipient-mailbox-full': 0.55,
        },
      },
    ],
  },
];
