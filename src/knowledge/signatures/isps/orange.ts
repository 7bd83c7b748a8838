/**
 * Orange (orange.fr, wanadoo.fr). Replies are in French first, then
 * English, and end with an OFR code; the last three digits carry the
 * meaning and are repeated in brackets, e.g. `OFR_999 [999]`.
 */
import type { Signature } from '../../schema';
import { ORANGE_POSTMASTER } from './sources';

export const orangeSignatures: readonly Signature[] = [
  {
    id: 'orange-ofr006-102',
    provider: 'orange',
    title: 'Orange OFR006_102: IP blocked for spam (Cloudmark CSI)',
    match: {
      providers: ['orange'],
      tags: ['OFR006_102', 'OFR_102'],
      text: [
        'bloqu[eé]e\\s+pour\\s+incident\\s+de\\s+spam',
        'blocked\\s+for\\s+spamming\\s+issues',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref https://csi.cloudmark.com/reset-request/?ip=192.0.2.60 [102]',
    happening:
      "Orange refuses your IP because Cloudmark Sender Intelligence rates it as a spam source; the French and English sentences say the same. The link in the bounce goes to Cloudmark's reset form, which is the way out.",
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
    ],
    fixes: ['request-cloudmark-reset'],
    prevent: [
      'Keep complaints low at every provider; Cloudmark pools reports from many of them, Orange included.',
    ],
    related: ['cloudmark-csi-listing'],
    sources: [ORANGE_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'orange-ofr004-405',
    provider: 'orange',
    title: 'Orange OFR004_405: Emetteur invalide / invalid sender',
    match: {
      providers: ['orange'],
      tags: ['OFR004_405', 'OFR_405', 'OFR_415'],
      text: ['[EÉ]metteur\\s+invalide'],
    },
    reason: 'rejected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]',
    happening:
      "Orange refused the envelope sender (Return-Path) of your message: its domain does not resolve, cannot receive replies, or fails Orange's checks on it.",
    causes: [
      { cause: 'sender-domain-dns-broken', prior: 0.45 },
      { cause: 'relay-or-submission-misconfigured', prior: 0.3 },
      { cause: 'authentication-failing', prior: 0.25 },
    ],
    fixes: [],
    prevent: [
      'Use a real, mail-receiving address in your own domain as the envelope sender, with MX and SPF records in place.',
    ],
    related: ['laposte-lpn007-405'],
    sources: [ORANGE_POSTMASTER],
    confidence: 'med',
  },
  {
    id: 'orange-ofr-999',
    provider: 'orange',
    title: 'Orange OFR_999: Service refusé, veuillez essayer plus tard',
    match: { providers: ['orange'], tags: ['OFR_999'] },
    reason: 'blocked',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example:
      '421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]',
    happening:
      "Orange is turning your server away for now and asks it to come back later. Orange does not say why; in practice it follows a drop in the IP's reputation or a burst of traffic.",
    causes: [
      { cause: 'sending-too-fast', prior: 0.35 },
      { cause: 'cold-ip-volume-spike', prior: 0.3 },
      { cause: 'complaints-spam-traps', prior: 0.35 },
    ],
    fixes: ['contact-orange-postmaster'],
    prevent: [
      'Slow down to Orange domains and let the queue retry; contact Orange only if it persists for days.',
    ],
    related: ['orange-ofr005-505'],
    sources: [ORANGE_POSTMASTER],
    undocumented:
      'Orange publishes no specific trigger for code 999; the causes listed are the usual ones, not a statement from Orange.',
    confidence: 'med',
  },
  {
    id: 'orange-ofr005-505',
    provider: 'orange',
    title: 'Orange OFR005_505: service refused, temporary error at Orange',
    match: { providers: ['orange'], tags: ['OFR005_505', 'OFR_505'] },
    reason: 'systemerror',
    severity: 'low',
    permanent: false,
    actor: 'provider',
    example:
      '421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]',
    happening:
      'Orange could not take the message at the end of the transfer and asks for a later retry. This code points to a passing problem on their side rather than a verdict on you.',
    causes: [
      { cause: 'recipient-server-unreachable', prior: 0.7 },
      { cause: 'sending-too-fast', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Nothing to change if it clears on retry; if it repeats for one sender only, treat it like OFR_999.',
    ],
    related: ['orange-ofr-999'],
    sources: [ORANGE_POSTMASTER],
    confidence: 'med',
  },
  {
    id: 'orange-ofr-506',
    provider: 'orange',
    title: 'Orange OFR_506: Mail rejeté / mail rejected as spam',
    match: {
      providers: ['orange'],
      tags: ['OFR_506', 'OFR005_506'],
      text: ['Mail\\s+rejet[eé]\\.\\s+Mail\\s+rejected'],
    },
    reason: 'spamdetected',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: '550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]',
    happening:
      "Orange's filter judged this message to be spam and refused it after it was sent. Your IP is not blocked as such; the message was.",
    causes: [
      { cause: 'content-or-links-flagged', prior: 0.6 },
      { cause: 'complaints-spam-traps', prior: 0.25 },
      { cause: 'authentication-failing', prior: 0.15 },
    ],
    fixes: ['contact-orange-postmaster'],
    prevent: [
      'Check the message with a content tester and make sure it is signed with DKIM for your From domain.',
    ],
    related: ['orange-ofr006-102'],
    sources: [ORANGE_POSTMASTER],
    confidence: 'med',
  },
];
