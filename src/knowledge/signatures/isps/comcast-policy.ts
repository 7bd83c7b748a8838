/**
 * Comcast refusals about authentication and sending pace.
 */
import type { Signature } from '../../schema';
import { COMCAST_SMTP_CODES, XFINITY_ERRORS } from './sources';

export const comcastPolicySignatures: readonly Signature[] = [
  {
    id: 'comcast-dm000001',
    provider: 'comcast',
    title: 'Comcast DM000001: message rejected due to DMARC',
    match: {
      providers: ['comcast'],
      tags: ['DM000001'],
      text: ['rejected\\s+due\\s+to\\s+DMARC'],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.2.0 resimta-po-04v.sys.comcast.net comcast 192.0.2.30 DM000001 Message rejected due to DMARC.',
    happening:
      'The domain in your From header publishes a DMARC policy of reject, and this message passed neither SPF nor DKIM in a way aligned with that domain, so Comcast refused it as the domain owner asked.',
    causes: [
      { cause: 'authentication-failing', prior: 0.65 },
      { cause: 'forwarding-breaks-authentication', prior: 0.2 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Sign every message with DKIM for the From domain, and list every service that sends as you in SPF.',
    ],
    related: ['generic-dmarc-reject'],
    sources: [COMCAST_SMTP_CODES],
    confidence: 'med',
  },
  {
    id: 'comcast-too-many-sessions',
    provider: 'comcast',
    title:
      'Comcast 421: too many sessions opened (simultaneous connection limit)',
    match: {
      providers: ['comcast'],
      replyCodes: ['421'],
      text: ['Too\\s+many\\s+sessions\\s+opened'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 resimta-po-17v.sys.comcast.net comcast 192.0.2.31 Too many sessions opened',
    happening:
      'Your server held more connections open to Comcast at once than Comcast allows for one IP, so the extra ones were turned away. Mail on those connections is retried.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.85 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      "Cap concurrent connections to Comcast's servers per sending IP; Comcast's current page gives 25, older ones 10, so stay well under.",
    ],
    related: ['comcast-rl000003'],
    sources: [COMCAST_SMTP_CODES],
    confidence: 'hi',
  },
  {
    id: 'comcast-rl000003',
    provider: 'comcast',
    title: 'Comcast RL000003 (RL000001): throttled, try again later',
    match: {
      providers: ['comcast'],
      tags: ['RL000003', 'RL000001'],
      text: ['Throttled\\s*-\\s*try\\s+again\\s+later'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.1.0 resimta-po-22v.sys.comcast.net comcast 192.0.2.32 Throttled - try again later. Please see https://postmaster.comcast.net/smtp-error-codes.php#RL000003',
    happening:
      'Comcast is slowing your IP down: it has taken as much mail from it as it will for now. The message is deferred, not lost, and your server will retry.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.5 },
      { cause: 'cold-ip-volume-spike', prior: 0.3 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Spread large sends to Comcast over time and let your server back off when it sees 421 replies.',
    ],
    related: ['comcast-too-many-sessions'],
    sources: [COMCAST_SMTP_CODES, XFINITY_ERRORS],
    undocumented:
      'Comcast does not publish what each RL number measures or its exact limits; RL000003 is seen on the wire, and RL000001 is reported by third parties only.',
    confidence: 'low',
  },
];
