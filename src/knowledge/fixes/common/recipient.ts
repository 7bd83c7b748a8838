/**
 * What to do when the fault is on the receiving side: mostly telling the
 * right person, and letting a working queue do its job.
 */
import type { Fix } from '../../schema';
import { RFC_GREYLISTING, RFC_SMTP } from './sources';

export const recipientFixes: readonly Fix[] = [
  {
    id: 'tell-recipient-mailbox-full',
    title: 'Let the recipient know their mailbox is full',
    phase: 'fix',
    steps: [
      'Tell the recipient by phone or another address that mail to them is bouncing because their mailbox is out of space.',
      'Your server retries temporary refusals on its own; resend by hand only once they have made room.',
      'If the mailbox stays full for weeks, treat the address as abandoned and stop mailing it.',
    ],
    links: [],
    causes: ['recipient-mailbox-full'],
  },
  {
    id: 'check-recipient-server',
    title: "Check that the recipient's mail server can be reached",
    phase: 'fix',
    steps: [
      'Look up the MX records of {recipientDomain}; no MX and no A record means the domain does not receive mail, often because of a typo.',
      'Test a connection to port 25 of {remoteMta} from your own server; if it fails from yours but works from a public checker, your network or host blocks outgoing port 25.',
      "If the recipient's server is down, let the queue keep retrying (RFC 5321 suggests trying for at least 4–5 days) and tell the recipient.",
    ],
    links: [RFC_SMTP],
    causes: ['recipient-server-unreachable', 'recipient-address-invalid'],
  },
  {
    id: 'let-greylisting-pass',
    title: 'Let the queue retry a greylisted message',
    phase: 'fix',
    steps: [
      'Do nothing drastic: a greylisting refusal is meant to be retried, and a normal mail server gets through a few minutes to an hour later.',
      'Make sure your software keeps temporary failures in a queue and retries them, rather than reporting a bounce at the first 4xx.',
      'Retry from the same IP: if your mail leaves from a pool of addresses, each new one starts the wait again; ask the recipient to allow-list the pool if that keeps happening.',
    ],
    links: [RFC_GREYLISTING, RFC_SMTP],
    causes: ['greylisting'],
  },
  {
    id: 'ask-recipient-admin',
    title: "Ask the recipient's mail admin to look at the refusal",
    phase: 'request-review',
    steps: [
      'Reach the recipient by another channel and ask them to pass the full bounce to the admin of {recipientDomain}, with the date, time and your IP {ip}.',
      'Ask whether a rule of theirs refuses you (a block list of their own, an internal-only group, an inbound gateway restriction) and whether they will allow your domain or IP.',
      'If the bounce blames a blocklist that does not list {ip} when you check it, tell them: their server may be querying the list through a public DNS resolver, which the list answers with an error.',
    ],
    links: [],
    causes: ['recipient-policy', 'recipient-misconfigured-filter'],
  },
];
