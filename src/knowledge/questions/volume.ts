/**
 * Questions about how much is sent and from how new an address. Volume
 * is what separates a cold IP from a long-standing reputation problem.
 */
import type { Question } from '../schema';

export const volumeQuestions: readonly Question[] = [
  {
    id: 'volume-change',
    topic: 'volume',
    text: 'How did the amount of mail you send change before the bounces started?',
    help:
      'Compare the last few days with a normal week in your sent-mail ' +
      'statistics or MTA logs. Receivers react to sudden changes more than ' +
      'to any fixed amount.',
    answers: [
      {
        id: 'zero-to-full',
        label: 'A new stream: from nothing to full volume at once',
        likelihood: {
          'cold-ip-volume-spike': 0.5,
          'compromised-account-or-relay': 0.15,
          'sending-too-fast': 0.3,
          'complaints-spam-traps': 0.15,
          'stale-or-purchased-list': 0.25,
          'shared-range-neighbours': 0.1,
          'authentication-failing': 0.2,
          'public-blocklist-listing': 0.1,
          'address-probing': 0.15,
        },
      },
      {
        id: 'jumped',
        label: 'It jumped well above normal recently',
        likelihood: {
          'cold-ip-volume-spike': 0.4,
          'compromised-account-or-relay': 0.7,
          'sending-too-fast': 0.5,
          'complaints-spam-traps': 0.35,
          'stale-or-purchased-list': 0.45,
          'shared-range-neighbours': 0.15,
          'authentication-failing': 0.15,
          'public-blocklist-listing': 0.3,
          'address-probing': 0.45,
        },
      },
      {
        id: 'steady',
        label: 'About the same as usual',
        likelihood: {
          'cold-ip-volume-spike': 0.1,
          'compromised-account-or-relay': 0.15,
          'sending-too-fast': 0.2,
          'complaints-spam-traps': 0.5,
          'stale-or-purchased-list': 0.3,
          'shared-range-neighbours': 0.75,
          'authentication-failing': 0.65,
          'public-blocklist-listing': 0.6,
          'address-probing': 0.4,
        },
      },
    ],
  },
  {
    id: 'ip-age',
    topic: 'volume',
    text: 'How long has this IP address or server been sending mail?',
    help:
      'Look at when the server was set up or the IP was assigned to you. ' +
      'An address needs a few weeks of steady, wanted mail before the big ' +
      'providers trust it.',
    answers: [
      {
        id: 'new',
        label: 'Less than about a month',
        likelihood: {
          'cold-ip-volume-spike': 0.8,
          'shared-range-neighbours': 0.45,
          'compromised-account-or-relay': 0.15,
          'dynamic-or-residential-ip': 0.6,
          'public-blocklist-listing': 0.35,
          'complaints-spam-traps': 0.25,
          'authentication-failing': 0.35,
          'reverse-dns-missing': 0.6,
          'stale-or-purchased-list': 0.3,
        },
      },
      {
        id: 'established',
        label: 'Months or longer',
        likelihood: {
          'cold-ip-volume-spike': 0.2,
          'shared-range-neighbours': 0.55,
          'compromised-account-or-relay': 0.85,
          'dynamic-or-residential-ip': 0.4,
          'public-blocklist-listing': 0.65,
          'complaints-spam-traps': 0.75,
          'authentication-failing': 0.65,
          'reverse-dns-missing': 0.4,
          'stale-or-purchased-list': 0.7,
        },
      },
    ],
  },
  {
    id: 'sending-rate',
    topic: 'volume',
    text: 'Does your server send to this provider in large bursts over many parallel connections?',
    help:
      'Check the concurrency and messages-per-connection settings of your ' +
      'MTA or sending tool. Each provider caps connections and messages ' +
      'per connection, and a burst over the cap is deferred.',
    answers: [
      {
        id: 'bursts',
        label: 'Yes, large batches at once',
        likelihood: {
          'sending-too-fast': 0.8,
          'cold-ip-volume-spike': 0.55,
          'compromised-account-or-relay': 0.6,
          'address-probing': 0.6,
          greylisting: 0.35,
        },
      },
      {
        id: 'paced',
        label: 'No, it is spread out or limited',
        likelihood: {
          'sending-too-fast': 0.2,
          'cold-ip-volume-spike': 0.45,
          'compromised-account-or-relay': 0.4,
          'address-probing': 0.4,
          greylisting: 0.65,
        },
      },
    ],
  },
];
