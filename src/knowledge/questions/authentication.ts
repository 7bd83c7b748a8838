/**
 * Questions about SPF, DKIM and DMARC. Each one separates a sender whose
 * own set-up is at fault from one whose mail was broken on the way.
 */
import type { Question } from '../schema';

export const authenticationQuestions: readonly Question[] = [
  {
    id: 'dkim-signing',
    topic: 'authentication',
    text: 'Are your outgoing messages signed with DKIM for your own domain?',
    help:
      'Open a message you sent in a mailbox elsewhere and look for a ' +
      'DKIM-Signature header whose d= is your domain, and ' +
      '"dkim=pass" in Authentication-Results.',
    answers: [
      {
        id: 'signed',
        label: 'Yes, signed and passing',
        likelihood: {
          'authentication-failing': 0.3,
          'forwarding-breaks-authentication': 0.75,
          'sender-domain-dns-broken': 0.55,
        },
      },
      {
        id: 'not-signed',
        label: 'No, or the signature fails',
        likelihood: {
          'authentication-failing': 0.7,
          'forwarding-breaks-authentication': 0.25,
          'sender-domain-dns-broken': 0.45,
        },
      },
    ],
  },
  {
    id: 'spf-record',
    topic: 'authentication',
    text: 'Does the SPF record of your domain list the server that sent this message?',
    help:
      'Look up the TXT record starting "v=spf1" on the envelope-sender ' +
      'domain and check it covers the sending IP, or read "spf=" in the ' +
      'Authentication-Results of a message you sent.',
    answers: [
      {
        id: 'passes',
        label: 'Yes, SPF passes',
        likelihood: {
          'authentication-failing': 0.25,
          'forwarding-breaks-authentication': 0.8,
          'sender-domain-dns-broken': 0.3,
          'relay-or-submission-misconfigured': 0.4,
        },
      },
      {
        id: 'fails-or-missing',
        label: 'No, it fails or there is no SPF record',
        likelihood: {
          'authentication-failing': 0.75,
          'forwarding-breaks-authentication': 0.2,
          'sender-domain-dns-broken': 0.7,
          'relay-or-submission-misconfigured': 0.6,
        },
      },
    ],
  },
  {
    id: 'dmarc-record',
    topic: 'authentication',
    text: 'Does your domain publish a DMARC record, and does SPF or DKIM line up with the From address?',
    help:
      'Look up the TXT record at _dmarc on your domain. DMARC passes only ' +
      'when SPF or DKIM passes for the same domain as the visible From ' +
      'address, not just for your email provider.',
    answers: [
      {
        id: 'aligned',
        label: 'Yes, published and aligned',
        likelihood: {
          'authentication-failing': 0.2,
          'forwarding-breaks-authentication': 0.75,
          'sender-domain-dns-broken': 0.35,
        },
      },
      {
        id: 'missing-or-failing',
        label: 'No record, or it does not line up',
        likelihood: {
          'authentication-failing': 0.8,
          'forwarding-breaks-authentication': 0.25,
          'sender-domain-dns-broken': 0.65,
        },
      },
    ],
  },
];
