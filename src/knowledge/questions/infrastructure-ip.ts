/**
 * Questions about the sending IP address: whose range it is in, how it
 * is named in DNS, and whether a public list carries it.
 */
import type { Question } from '../schema';

export const ipQuestions: readonly Question[] = [
  {
    id: 'ip-shared',
    topic: 'infrastructure',
    text: 'Is the sending IP shared with other senders, or only used by you?',
    help:
      'Shared web hosting, the shared pools of email services and cloud ' +
      'server ranges put you next to strangers; a dedicated IP carries only ' +
      'your own reputation. Your host or email service can tell you.',
    answers: [
      {
        id: 'shared',
        label: 'Shared: hosting, an email service pool, or a cloud range',
        likelihood: {
          'shared-range-neighbours': 0.85,
          'cold-ip-volume-spike': 0.3,
          'public-blocklist-listing': 0.6,
          'complaints-spam-traps': 0.35,
          'reverse-dns-missing': 0.4,
        },
      },
      {
        id: 'dedicated',
        label: 'Dedicated to us',
        likelihood: {
          'shared-range-neighbours': 0.15,
          'cold-ip-volume-spike': 0.7,
          'public-blocklist-listing': 0.4,
          'complaints-spam-traps': 0.65,
          'reverse-dns-missing': 0.6,
        },
      },
    ],
  },
  {
    id: 'reverse-dns',
    topic: 'infrastructure',
    text: 'Does the sending IP have a reverse DNS name that points back to the same IP?',
    help:
      'Look up the PTR record of the IP, then the A or AAAA record of the ' +
      'name it returns. A generic name such as one containing the IP ' +
      'digits and "dsl" or "dynamic" counts as missing.',
    answers: [
      {
        id: 'matches',
        label: 'Yes, a proper name that resolves back',
        likelihood: {
          'reverse-dns-missing': 0.08,
          'dynamic-or-residential-ip': 0.1,
          'cold-ip-volume-spike': 0.6,
          'shared-range-neighbours': 0.65,
          'public-blocklist-listing': 0.6,
          'authentication-failing': 0.8,
          'complaints-spam-traps': 0.85,
        },
      },
      {
        id: 'missing-or-generic',
        label: 'No PTR, a generic name, or it does not resolve back',
        likelihood: {
          'reverse-dns-missing': 0.92,
          'dynamic-or-residential-ip': 0.9,
          'cold-ip-volume-spike': 0.4,
          'shared-range-neighbours': 0.35,
          'public-blocklist-listing': 0.4,
          'authentication-failing': 0.2,
          'complaints-spam-traps': 0.15,
        },
      },
    ],
  },
  {
    id: 'blocklist-status',
    topic: 'infrastructure',
    text: 'Does a public blocklist check list your sending IP or domain right now?',
    help:
      'Check the IP and domain at check.spamhaus.org and a multi-list ' +
      'checker such as MXToolbox. A listing names the list, and usually ' +
      'the reason.',
    answers: [
      {
        id: 'listed',
        label: 'Yes, at least one list has it',
        likelihood: {
          'public-blocklist-listing': 0.92,
          'recipient-misconfigured-filter': 0.1,
          'complaints-spam-traps': 0.45,
          'compromised-account-or-relay': 0.6,
          'dynamic-or-residential-ip': 0.8,
          'shared-range-neighbours': 0.45,
          'cold-ip-volume-spike': 0.15,
          'authentication-failing': 0.1,
          'stale-or-purchased-list': 0.4,
          'address-probing': 0.3,
          'content-or-links-flagged': 0.3,
          'recipient-policy': 0.2,
        },
      },
      {
        id: 'clean',
        label: 'No, the checks come back clean',
        likelihood: {
          'public-blocklist-listing': 0.08,
          'recipient-misconfigured-filter': 0.9,
          'complaints-spam-traps': 0.55,
          'compromised-account-or-relay': 0.4,
          'dynamic-or-residential-ip': 0.2,
          'shared-range-neighbours': 0.55,
          'cold-ip-volume-spike': 0.85,
          'authentication-failing': 0.9,
          'stale-or-purchased-list': 0.6,
          'address-probing': 0.7,
          'content-or-links-flagged': 0.7,
          'recipient-policy': 0.8,
        },
      },
    ],
  },
  {
    id: 'ip-connection',
    topic: 'infrastructure',
    text: 'Is the sending IP on a home or office broadband line rather than at a hosting provider?',
    help:
      'A server in a cupboard on a cable, DSL or fibre line usually has an ' +
      'address from a consumer range. Providers expect such mail to go ' +
      "through the ISP's or an email service's relay.",
    answers: [
      {
        id: 'broadband',
        label: 'Yes, a broadband line',
        likelihood: {
          'dynamic-or-residential-ip': 0.9,
          'reverse-dns-missing': 0.6,
          'shared-range-neighbours': 0.1,
          'cold-ip-volume-spike': 0.3,
          'tls-not-offered': 0.6,
        },
      },
      {
        id: 'hosted',
        label: 'No, a hosting provider, data centre or email service',
        likelihood: {
          'dynamic-or-residential-ip': 0.1,
          'reverse-dns-missing': 0.4,
          'shared-range-neighbours': 0.9,
          'cold-ip-volume-spike': 0.7,
          'tls-not-offered': 0.4,
        },
      },
    ],
  },
];
