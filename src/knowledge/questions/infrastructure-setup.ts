/**
 * Questions about how the sending side is configured: encryption, recent
 * changes, and whether the sending domain exists in DNS at all.
 */
import type { Question } from '../schema';

export const setupQuestions: readonly Question[] = [
  {
    id: 'starttls',
    topic: 'infrastructure',
    text: 'Does your server use TLS (STARTTLS) when it hands mail to other servers?',
    help:
      'Delivery log lines usually say when a TLS connection was set up, ' +
      'and a message you sent to Gmail shows a red open padlock when it ' +
      'arrived without TLS.',
    answers: [
      {
        id: 'uses-tls',
        label: 'Yes, TLS is used',
        likelihood: {
          'tls-not-offered': 0.1,
          'relay-or-submission-misconfigured': 0.45,
          'dynamic-or-residential-ip': 0.4,
          'recipient-misconfigured-filter': 0.6,
        },
      },
      {
        id: 'no-tls',
        label: 'No, or the TLS handshake fails',
        likelihood: {
          'tls-not-offered': 0.9,
          'relay-or-submission-misconfigured': 0.55,
          'dynamic-or-residential-ip': 0.6,
          'recipient-misconfigured-filter': 0.4,
        },
      },
    ],
  },
  {
    id: 'setup-changed',
    topic: 'infrastructure',
    text: 'Did you change how this mail is sent in the last few weeks: a new server, app, relay, email service or DNS?',
    help:
      'A move to a new server or service, a new device or script that ' +
      'sends mail, or edited DNS records is the most common start of a ' +
      'configuration fault.',
    answers: [
      {
        id: 'changed',
        label: 'Yes, something changed',
        likelihood: {
          'relay-or-submission-misconfigured': 0.85,
          'tls-not-offered': 0.6,
          'sender-domain-dns-broken': 0.65,
          'authentication-failing': 0.65,
          'reverse-dns-missing': 0.6,
          'malformed-message': 0.7,
          'forwarding-breaks-authentication': 0.2,
          'recipient-policy': 0.2,
          'recipient-misconfigured-filter': 0.2,
          'recipient-address-invalid': 0.25,
        },
      },
      {
        id: 'unchanged',
        label: 'No, nothing changed',
        likelihood: {
          'relay-or-submission-misconfigured': 0.15,
          'tls-not-offered': 0.4,
          'sender-domain-dns-broken': 0.35,
          'authentication-failing': 0.35,
          'reverse-dns-missing': 0.4,
          'malformed-message': 0.3,
          'forwarding-breaks-authentication': 0.8,
          'recipient-policy': 0.8,
          'recipient-misconfigured-filter': 0.8,
          'recipient-address-invalid': 0.75,
        },
      },
    ],
  },
  {
    id: 'domain-dns',
    topic: 'infrastructure',
    text: 'Does the domain in your sender address resolve, with MX or A records, from outside your network?',
    help:
      'Look up MX and A for the domain after the @ in the envelope sender ' +
      'and the From address, using a public checker rather than your own ' +
      'DNS server. Placeholders such as localhost.localdomain never do.',
    answers: [
      {
        id: 'resolves',
        label: 'Yes, it resolves',
        likelihood: {
          'sender-domain-dns-broken': 0.15,
          'authentication-failing': 0.8,
          'forwarding-breaks-authentication': 0.9,
          'relay-or-submission-misconfigured': 0.7,
        },
      },
      {
        id: 'does-not-resolve',
        label: 'No, or only inside our network',
        likelihood: {
          'sender-domain-dns-broken': 0.85,
          'authentication-failing': 0.2,
          'forwarding-breaks-authentication': 0.1,
          'relay-or-submission-misconfigured': 0.3,
        },
      },
    ],
  },
];
