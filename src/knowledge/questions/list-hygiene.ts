/**
 * Questions about where the addresses came from and how people react to
 * the mail. They separate a list problem from a server problem.
 */
import type { Question } from '../schema';

export const listHygieneQuestions: readonly Question[] = [
  {
    id: 'list-source',
    topic: 'list-hygiene',
    text: 'Where did the addresses you sent to come from?',
    help:
      'Think of the list or segment this mail went to. Addresses that ' +
      'signed up recently and were confirmed rarely bounce or complain; ' +
      'old, bought or scraped ones often do.',
    answers: [
      {
        id: 'opt-in-recent',
        label: 'People who signed up themselves, and were mailed recently',
        likelihood: {
          'stale-or-purchased-list': 0.1,
          'complaints-spam-traps': 0.35,
          'address-probing': 0.35,
          'recipient-address-invalid': 0.7,
        },
      },
      {
        id: 'old-or-bought',
        label: 'An old list, or one bought, rented or collected elsewhere',
        likelihood: {
          'stale-or-purchased-list': 0.9,
          'complaints-spam-traps': 0.65,
          'address-probing': 0.65,
          'recipient-address-invalid': 0.3,
        },
      },
    ],
  },
  {
    id: 'complaint-rate',
    topic: 'list-hygiene',
    text: 'Do feedback-loop reports or Postmaster Tools show spam complaints above about 0.1% of what you send?',
    help:
      "Gmail's Postmaster Tools shows your spam rate, and the Microsoft and " +
      'Yahoo feedback loops send a report for each complaint. Google asks ' +
      'for below 0.1% and never 0.3%; trouble often starts in between.',
    answers: [
      {
        id: 'above',
        label: 'Yes, complaints are above that',
        likelihood: {
          'complaints-spam-traps': 0.8,
          'stale-or-purchased-list': 0.65,
          'content-or-links-flagged': 0.45,
          'cold-ip-volume-spike': 0.3,
          'compromised-account-or-relay': 0.55,
          'shared-range-neighbours': 0.1,
          'authentication-failing': 0.15,
        },
      },
      {
        id: 'below',
        label: 'No, they are lower',
        likelihood: {
          'complaints-spam-traps': 0.2,
          'stale-or-purchased-list': 0.35,
          'content-or-links-flagged': 0.55,
          'cold-ip-volume-spike': 0.7,
          'compromised-account-or-relay': 0.45,
          'shared-range-neighbours': 0.9,
          'authentication-failing': 0.85,
        },
      },
    ],
  },
  {
    id: 'address-verification',
    topic: 'list-hygiene',
    text: 'Do you, or a tool you use, check addresses by connecting to receiving servers without sending mail?',
    help:
      'Some list-cleaning services and sign-up forms verify an address by ' +
      'opening an SMTP session and issuing RCPT TO. Providers treat many ' +
      'such probes as address harvesting.',
    answers: [
      {
        id: 'probes',
        label: 'Yes, addresses are verified that way',
        likelihood: {
          'address-probing': 0.85,
          'stale-or-purchased-list': 0.4,
          'compromised-account-or-relay': 0.3,
        },
      },
      {
        id: 'no-probing',
        label: 'No',
        likelihood: {
          'address-probing': 0.15,
          'stale-or-purchased-list': 0.6,
          'compromised-account-or-relay': 0.7,
        },
      },
    ],
  },
];
