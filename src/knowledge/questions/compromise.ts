/**
 * The question that tells a hijacked server from every other cause.
 * Strange outgoing mail has almost no innocent explanation, so one "yes"
 * outweighs everything the signature suggested.
 */
import type { Question } from '../schema';

export const compromiseQuestions: readonly Question[] = [
  {
    id: 'strange-sent-mail',
    topic: 'compromise',
    text: 'Do your sent logs or mail queue show messages nobody meant to send, or do you get bounces for mail you never sent?',
    help:
      'List the queue (for example `postqueue -p` on Postfix, `exim -bp` ' +
      'on Exim) and look for unknown subjects, odd recipients or one ' +
      'account sending far more than usual.',
    answers: [
      {
        id: 'yes',
        label: 'Yes, there is mail we did not send',
        likelihood: {
          'compromised-account-or-relay': 0.85,
          'complaints-spam-traps': 0.05,
          'cold-ip-volume-spike': 0.04,
          'shared-range-neighbours': 0.04,
          'authentication-failing': 0.15,
          'stale-or-purchased-list': 0.04,
          'public-blocklist-listing': 0.2,
          'address-probing': 0.15,
          'dynamic-or-residential-ip': 0.1,
          'sending-too-fast': 0.05,
          'content-or-links-flagged': 0.08,
        },
      },
      {
        id: 'no',
        label: 'No, everything in the logs is ours',
        likelihood: {
          'compromised-account-or-relay': 0.15,
          'complaints-spam-traps': 0.95,
          'cold-ip-volume-spike': 0.96,
          'shared-range-neighbours': 0.96,
          'authentication-failing': 0.85,
          'stale-or-purchased-list': 0.96,
          'public-blocklist-listing': 0.8,
          'address-probing': 0.85,
          'dynamic-or-residential-ip': 0.9,
          'sending-too-fast': 0.95,
          'content-or-links-flagged': 0.92,
        },
      },
    ],
  },
];
