/**
 * Spectrum (Charter) inbound codes, AUP#In-NNNN. Spectrum publishes them
 * as ranges; every one arrives as "550 5.1.0 … sender rejected", so the
 * status code says nothing and only the number matters.
 */
import type { Signature } from '../../schema';
import { SPECTRUM_CODES } from './sources';

/** The codes of one published range, in Spectrum's steps of ten. */
export function spectrumTags(from: number, to: number): string[] {
  const tags: string[] = [];
  for (let n = from; n <= to; n += 10) tags.push(`AUP#In-${n}`);
  return tags;
}

export const spectrumLine = (code: number): string =>
  `550 5.1.0 <bounce@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-${code}`;

export const spectrumBlockSignatures: readonly Signature[] = [
  {
    id: 'spectrum-aup-in-1000',
    provider: 'spectrum',
    title: 'Spectrum AUP#In-1000: sending IP blocked for suspicious activity',
    match: { providers: ['spectrum'], tags: ['AUP#In-1000'] },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: spectrumLine(1000),
    happening:
      'Spectrum has blocked your IP after seeing suspicious traffic from it. For IPs outside Spectrum, the block stays until it expires; there is no request to make.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.3 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.2 },
    ],
    fixes: [],
    prevent: [
      'Find what your IP sent to Spectrum addresses before the block and stop any unwanted mail; the block will not lapse while it continues.',
    ],
    related: ['spectrum-aup-in-1200', 'spectrum-aup-in-1220'],
    sources: [SPECTRUM_CODES],
    undocumented:
      'Spectrum gives no removal channel for IPs it does not own and does not say how long the block lasts.',
    confidence: 'hi',
  },
  {
    id: 'spectrum-aup-in-1100',
    provider: 'spectrum',
    title: 'Spectrum AUP#In-1100–1150: reverse DNS missing or not full-circle',
    match: {
      providers: ['spectrum'],
      tags: spectrumTags(1100, 1150),
      text: ['AUP#I[a-z]*-11[0-5]\\d\\b'],
    },
    reason: 'requireptr',
    severity: 'high',
    permanent: true,
    actor: 'sender',
    example: spectrumLine(1120),
    happening:
      "Spectrum wants full-circle DNS: your IP's PTR name must exist and must resolve back to the same IP. The check failed for your sending IP.",
    causes: [
      { cause: 'reverse-dns-missing', prior: 0.85 },
      { cause: 'dynamic-or-residential-ip', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Set the PTR record and a matching A record for each sending IP, and check both after any change of host.',
    ],
    related: ['generic-rdns-required'],
    sources: [SPECTRUM_CODES],
    confidence: 'hi',
  },
  {
    id: 'spectrum-aup-in-1200',
    provider: 'spectrum',
    title: 'Spectrum AUP#In-1200–1210: IP flagged by Cloudmark CSI',
    match: {
      providers: ['spectrum'],
      tags: spectrumTags(1200, 1210),
      text: ['AUP#I[a-z]*-120\\d\\b', 'AUP#I[a-z]*-1210\\b'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: spectrumLine(1200),
    happening:
      'Cloudmark Sender Intelligence rates your IP as a likely spam source, and Spectrum refuses mail on that basis. Whoever runs the IP asks Cloudmark for a reset; Spectrum cannot clear it.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
    ],
    fixes: ['request-cloudmark-reset'],
    prevent: [
      'Keep complaint rates low across all providers; Cloudmark pools signals from many of them.',
    ],
    related: ['cloudmark-csi-listing'],
    sources: [SPECTRUM_CODES],
    confidence: 'hi',
  },
  {
    id: 'spectrum-aup-in-1220',
    provider: 'spectrum',
    title: 'Spectrum AUP#In-1220–1250: IP listed by Spamhaus',
    match: {
      providers: ['spectrum'],
      tags: spectrumTags(1220, 1250),
      text: ['AUP#I[a-z]*-12[2-5]\\d\\b'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: spectrumLine(1230),
    happening:
      'Your IP is on a Spamhaus list, so Spectrum refuses it. The owner of the IP has to get it removed at Spamhaus.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.45 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'dynamic-or-residential-ip', prior: 0.15 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Watch your IPs on Spamhaus and fix the source of a listing before asking for removal.',
    ],
    related: ['spamhaus-zen-listing', 'spamhaus-pbl-listing'],
    sources: [SPECTRUM_CODES],
    confidence: 'hi',
  },
  {
    id: 'spectrum-aup-in-1260',
    provider: 'spectrum',
    title: 'Spectrum AUP#In-1260: IPv6 connections are not accepted',
    match: { providers: ['spectrum'], tags: ['AUP#In-1260'] },
    reason: 'networkerror',
    severity: 'medium',
    permanent: true,
    actor: 'sender',
    example: spectrumLine(1260),
    happening:
      'Your server reached Spectrum over IPv6, which Spectrum does not take mail on. Over IPv4 the same message can be delivered.',
    causes: [{ cause: 'relay-or-submission-misconfigured', prior: 1 }],
    fixes: [],
    prevent: [
      'Make your mail server prefer IPv4 for Spectrum domains (charter.net, rr.com, spectrum.net), or for all outbound mail.',
    ],
    related: [],
    sources: [SPECTRUM_CODES],
    confidence: 'hi',
  },
];
