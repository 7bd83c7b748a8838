/**
 * Cox refusals about set-up, pace and content rather than IP reputation.
 */
import type { Signature } from '../../schema';
import { COX_CODES, COX_POSTMASTER } from './sources';

export const coxCheckSignatures: readonly Signature[] = [
  {
    id: 'cox-cxdns',
    provider: 'cox',
    title: 'Cox AUP#CXDNS: reverse DNS of the sending IP is failing',
    match: {
      providers: ['cox'],
      tags: ['AUP#CXDNS'],
      text: [
        'rejected\\s*-\\s*no\\s+rdns',
        'DNS\\s+check\\s+failure\\s*-\\s*try\\s+again\\s+later',
      ],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.1.0 <bounce@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXDNS',
    happening:
      'Cox could not find a working reverse DNS (PTR) name for your sending IP. Cox requires one from every server that connects; the 5.1.0 code does not mean the address is wrong.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.8 },
      { cause: 'dynamic-or-residential-ip', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Set a PTR record for each sending IP, make it resolve back to the same IP, and wait a day before retrying as Cox suggests.',
    ],
    related: ['generic-rdns-required'],
    sources: [COX_CODES, COX_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'cox-cxsndr',
    provider: 'cox',
    title: 'Cox AUP#CXSNDR: sender domain failed SPF or DKIM checks',
    match: { providers: ['cox'], tags: ['AUP#CXSNDR'] },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.1.0 <bounce@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXSNDR',
    happening:
      "The message failed Cox's authentication checks against your sending domain's published SPF, DomainKeys or DKIM policy.",
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.25 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Add every service that sends as your domain to its SPF record and turn on DKIM signing at each of them.',
    ],
    related: ['generic-dmarc-reject'],
    sources: [COX_CODES],
    confidence: 'hi',
  },
  {
    id: 'cox-rate-limit',
    provider: 'cox',
    title: 'Cox AUP#CXCNCT / AUP#CXMXRT: connection or volume limit reached',
    match: {
      providers: ['cox'],
      tags: ['AUP#CXCNCT', 'AUP#CXMXRT'],
      text: [
        'too\\s+many\\s+sessions\\s+from',
        'message\\s+threshold\\s+exceeded',
      ],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 <bounce@example.com> too many sessions from 192.0.2.40. AUP#CXCNCT',
    happening:
      'Your server opened too many connections to Cox at once (CXCNCT) or sent to too many recipients in a short time (CXMXRT). Cox holds further mail until the count drops.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.7 },
      { cause: 'cold-ip-volume-spike', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Keep concurrent connections to Cox low (Cox names 10 as the ceiling) and spread large sends over hours.',
    ],
    related: ['cox-cdrbl'],
    sources: [COX_CODES, COX_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'cox-urlbl',
    provider: 'cox',
    title: 'Cox AUP#URLBL: a link in the message is on a URI blocklist',
    match: {
      providers: ['cox'],
      tags: ['AUP#URLBL011', 'AUP#URLBL101', 'AUP#URLBL110', 'AUP#URLBL1001'],
    },
    reason: 'spamdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '552 5.7.1 <bounce@example.com> message rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#URLBL1001',
    happening:
      'A web address in the body of your message is listed on domain blocklists Cox checks (Spamhaus DBL, SURBL or ivmURI). Your IP is not the problem; the link is.',
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.8 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Avoid public link shorteners and links to domains you do not control, and check your own domains on the DBL.',
    ],
    related: ['spamhaus-dbl-listing'],
    sources: [COX_CODES],
    undocumented:
      'Cox lists the URLBL codes but not the reply line they arrive in; the reply code in the example is illustrative.',
    confidence: 'med',
  },
];
