/**
 * La Poste (laposte.net). Replies are in French, then English, and end
 * with an LPN code. Since September 2025 La Poste also requires SPF or
 * DKIM aligned with the From domain.
 */
import type { Signature } from '../../schema';
import { LAPOSTE_POSTMASTER } from './sources';

const SOURCES = [LAPOSTE_POSTMASTER];

export const laposteSignatures: readonly Signature[] = [
  {
    id: 'laposte-lpn007-402',
    provider: 'laposte',
    title: 'La Poste LPN007_402: DKIM is not configured on the sending domain',
    match: {
      providers: ['laposte'],
      tags: ['LPN007_402'],
      text: [
        'DKIM\\s+is\\s+not\\s+configured\\s+on\\s+your\\s+sending\\s+domain',
      ],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.20 Message refused, DKIM is not configured on your sending domain. LPN007_402',
    happening:
      'La Poste found no DKIM signature for your sending domain and refuses the message. It wants mail signed by a domain that matches the From address.',
    causes: [
      { cause: 'authentication-failing', prior: 0.8 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Turn on DKIM signing for {domain} at every service that sends as it, and publish the key at {selector}._domainkey.{domain}.',
    ],
    related: ['laposte-lpn007-517'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'laposte-lpn007-517',
    provider: 'laposte',
    title: 'La Poste LPN007_517: vérification DMARC en échec (DMARC failed)',
    match: {
      providers: ['laposte'],
      tags: ['LPN007_517'],
      text: ['v[eé]rification\\s+DMARC\\s+en\\s+[eé]chec'],
    },
    reason: 'authfailure',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.7.1 Message refuse, verification DMARC en echec. LPN007_517',
    happening:
      "The message failed DMARC: neither SPF nor DKIM passed for a domain aligned with the From address, and that domain's policy asks for rejection.",
    causes: [
      { cause: 'authentication-failing', prior: 0.6 },
      { cause: 'forwarding-breaks-authentication', prior: 0.25 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Make DKIM sign with the From domain itself; SPF alone breaks as soon as mail is forwarded.',
    ],
    related: ['generic-dmarc-reject', 'laposte-lpn007-402'],
    sources: SOURCES,
    confidence: 'med',
  },
  {
    id: 'laposte-lpn007-405',
    provider: 'laposte',
    title:
      'La Poste LPN105_405 / LPN007_405: Emetteur invalide / invalid sender',
    match: {
      providers: ['laposte'],
      tags: ['LPN105_405', 'LPN007_405'],
      text: ['[EÉ]metteur\\s+invalide'],
    },
    reason: 'rejected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 5.0.1 Emetteur invalide. Invalid Sender. LPN105_405',
    happening:
      'La Poste refused the envelope sender address of your message, usually because its domain does not resolve or the address cannot receive mail.',
    causes: [
      { cause: 'sender-domain-dns-broken', prior: 0.5 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.5 },
    ],
    fixes: [],
    prevent: [
      'Send with a Return-Path in your own domain that accepts replies and bounces.',
    ],
    related: ['orange-ofr004-405'],
    sources: SOURCES,
    confidence: 'med',
  },
  {
    id: 'laposte-lpn006-107',
    provider: 'laposte',
    title: 'La Poste LPN006_107: service refusé, try later',
    match: { providers: ['laposte'], tags: ['LPN006_107'] },
    reason: 'blocked',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107',
    happening:
      'La Poste turned your server away at the greeting and asks it to try later. The code points to a temporary refusal of your IP rather than of one message.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'cold-ip-volume-spike', prior: 0.3 },
    ],
    fixes: ['contact-laposte-postmaster'],
    prevent: [
      'Keep few connections open to La Poste and let your queue retry slowly.',
    ],
    related: ['orange-ofr-999'],
    sources: SOURCES,
    undocumented:
      'La Poste does not publish what triggers code 107; the causes are the usual ones for such refusals.',
    confidence: 'low',
  },
  {
    id: 'laposte-lpn007-416',
    provider: 'laposte',
    title: 'La Poste LPN007_416: adresse destinataire invalide (no such user)',
    match: {
      providers: ['laposte'],
      tags: ['LPN007_416', 'LPN416'],
      text: ['destinataire\\s+invalide'],
    },
    reason: 'userunknown',
    severity: 'low',
    permanent: true,
    actor: 'sender',
    example:
      '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416',
    happening:
      'The laposte.net address you wrote to does not exist. Nothing is wrong with your server.',
    causes: [{ cause: 'recipient-address-invalid', prior: 1 }],
    fixes: [],
    prevent: [
      'Remove the address from your lists; repeated sends to unknown users hurt your standing.',
    ],
    related: ['generic-user-unknown'],
    sources: SOURCES,
    confidence: 'hi',
  },
  {
    id: 'laposte-lpn007-426',
    provider: 'laposte',
    title: 'La Poste LPN007_426: recipient account is blocked',
    match: {
      providers: ['laposte'],
      tags: ['LPN007_426'],
      text: ['compte\\s+du\\s+destinataire\\s+est\\s+bloqu[eé]'],
    },
    reason: 'suspend',
    severity: 'low',
    permanent: true,
    actor: 'recipient-admin',
    example:
      '550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426',
    happening:
      "The recipient's laposte.net account exists but is blocked, so it takes no mail. Only its owner can get it reopened.",
    causes: [{ cause: 'recipient-policy', prior: 1 }],
    fixes: [],
    prevent: [
      'Reach the person another way; stop mailing the address if it stays blocked.',
    ],
    related: ['laposte-lpn007-416'],
    sources: SOURCES,
    confidence: 'med',
  },
  {
    id: 'laposte-lpn000-630',
    provider: 'laposte',
    title: 'La Poste LPN000_630: client host rejected',
    match: { providers: ['laposte'], tags: ['LPN000_630'] },
    reason: 'policyviolation',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example:
      '554 5.7.1 <mail.example.com[192.0.2.70]>: Client host rejected: #216 lpn LPN000_630',
    happening:
      'La Poste refused your sending host under one of its policies at the start of the transfer. The reply names no reason.',
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.35 },
      { cause: 'dynamic-or-residential-ip', prior: 0.35 },
      { cause: 'public-blocklist-listing', prior: 0.3 },
    ],
    fixes: ['contact-laposte-postmaster'],
    prevent: [
      'Check reverse DNS, HELO name and blocklist status of the sending IP before writing to La Poste.',
    ],
    related: ['laposte-lpn006-107'],
    sources: SOURCES,
    undocumented:
      'La Poste does not publish the meaning of code 630; the causes listed are guesses from what host-level rejections usually mean.',
    confidence: 'low',
  },
];
