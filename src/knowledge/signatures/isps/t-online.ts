/**
 * T-Online (Deutsche Telekom). It accepts mail only from hosts with a
 * known good reputation and answers refusals with a short marker in
 * brackets at the end of the line, e.g. (BL) or (NOWL).
 */
import type { Signature } from '../../schema';
import { T_ONLINE_POSTMASTER } from './sources';

export const tOnlineSignatures: readonly Signature[] = [
  {
    id: 't-online-bl',
    provider: 't-online',
    title: 'T-Online 554 (BL): IP blocked, contact tosa@rx.t-online.de',
    match: {
      providers: ['t-online'],
      text: [
        'contact\\s+tosa@rx\\.t-online\\.de',
        'A\\s+problem\\s+occurred\\.\\s*\\(Ask\\s+your\\s+postmaster',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 IP=192.0.2.90 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    happening:
      'T-Online has put your IP on its own blocklist. It does not lift on its own; the postmaster team at the address in the reply decides.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'reverse-dns-missing', prior: 0.2 },
    ],
    fixes: ['contact-t-online-postmaster'],
    prevent: [
      "Meet T-Online's requirements for mail servers (PTR, a website naming who runs the server) before the first send.",
    ],
    related: ['t-online-nowl'],
    sources: [T_ONLINE_POSTMASTER],
    confidence: 'med',
  },
  {
    id: 't-online-nowl',
    provider: 't-online',
    title: 'T-Online 554 (NOWL): none or bad reputation, ask for a reset',
    match: {
      providers: ['t-online'],
      text: ['None/bad\\s+reputation', '\\(NOWL\\)'],
    },
    reason: 'blocked',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 IP=192.0.2.91 - None/bad reputation. Ask your postmaster for help or to contact postmaster@rx.t-online.de for reset. (NOWL)',
    happening:
      'T-Online has no good reputation on record for your IP, often because it is new or has not sent to T-Online in a long time, so it refuses mail until you ask for the IP to be cleared.',
    causes: [
      { cause: 'cold-ip-volume-spike', prior: 0.6 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
      { cause: 'reverse-dns-missing', prior: 0.2 },
    ],
    fixes: ['contact-t-online-postmaster'],
    prevent: [
      'Before sending from a new IP, publish a page on the PTR domain that names the operator, then ask T-Online to clear it.',
    ],
    related: ['t-online-bl'],
    sources: [T_ONLINE_POSTMASTER],
    undocumented:
      "T-Online's postmaster page does not quote the (NOWL) line; it is known from operators' logs and hosting providers' guides.",
    confidence: 'med',
  },
  {
    id: 't-online-spam-content',
    provider: 't-online',
    title: 'T-Online 550 5.7.0: message considered as spam or virus',
    match: {
      providers: ['t-online'],
      text: ['considered\\s+as\\s+spam\\s+or\\s+virus'],
    },
    reason: 'spamdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 5.7.0 Message considered as spam or virus, rejected',
    happening:
      "T-Online's content filter judged this message to be spam or to carry malware. The IP itself is not blocked.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.75 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
    ],
    fixes: ['report-t-online-false-positive'],
    prevent: [
      'Avoid attachments of executable types and links to domains with a poor reputation.',
    ],
    related: ['t-online-bl'],
    sources: [T_ONLINE_POSTMASTER],
    confidence: 'med',
  },
];
