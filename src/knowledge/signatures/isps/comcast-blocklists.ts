/**
 * Comcast's BL codes. BL000000 is Comcast's own verdict; the others are
 * a bit mask naming the public lists the IP is on (Spamhaus ZEN = 1,
 * Cloudmark CSI = 10, SenderScore = 100), so each bit has its own route.
 */
import type { Signature } from '../../schema';
import { COMCAST_CODES, XFINITY_ERRORS } from './sources';

export const comcastBlocklistSignatures: readonly Signature[] = [
  {
    id: 'comcast-bl-multiple-lists',
    provider: 'comcast',
    title:
      'Comcast BL000011 / BL000101 / BL000110 / BL000111: on several DNSBLs',
    match: {
      providers: ['comcast'],
      tags: ['BL000011', 'BL000101', 'BL000110', 'BL000111'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 resimta-po-12v.sys.comcast.net comcast 192.0.2.15 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000011',
    happening:
      'Comcast refuses the connection because your IP is on more than one public blocklist at once. Read the code as bits: a 1 in the last place means Spamhaus ZEN, in the middle Cloudmark CSI, in the first SenderScore.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'complaints-spam-traps', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
    ],
    fixes: [
      'request-spamhaus-removal',
      'request-cloudmark-reset',
      'check-senderscore-blocklist',
    ],
    prevent: [
      'Watch your sending IPs on the public blocklists so a listing is caught before a large provider acts on it.',
      'Find and stop whatever sent the unwanted mail before asking any list to remove you, or the listing comes back.',
    ],
    related: [
      'comcast-bl000001',
      'comcast-bl000010',
      'comcast-bl000100',
      'spamhaus-zen-listing',
      'cloudmark-csi-listing',
    ],
    sources: [COMCAST_CODES, XFINITY_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'comcast-bl000000',
    provider: 'comcast',
    title: 'Comcast BL000000: IP blocked for sending spam-like patterns',
    match: {
      providers: ['comcast'],
      tags: ['BL000000'],
      text: ['Comcast\\s+block\\s+for\\s+spam'],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 resimta-po-09v.sys.comcast.net comcast 192.0.2.10 Comcast block for spam. Please see https://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    happening:
      "Comcast's own filters saw mail from your IP that looked like spam (volume, complaints, trap hits) and now refuse every connection from it. No public blocklist is involved: the block lives at Comcast.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'stale-or-purchased-list', prior: 0.15 },
    ],
    fixes: ['request-comcast-review'],
    prevent: [
      'Send only to people who asked for your mail, and drop addresses that bounce or never open.',
      'Raise volume to Comcast addresses gradually on a new IP instead of in one burst.',
    ],
    related: ['comcast-bl-multiple-lists'],
    sources: [COMCAST_CODES, XFINITY_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'comcast-bl000001',
    provider: 'comcast',
    title: 'Comcast BL000001: IP listed on Spamhaus ZEN',
    match: { providers: ['comcast'], tags: ['BL000001'] },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 resimta-ch2-05v.sys.comcast.net comcast 192.0.2.11 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    happening:
      'Comcast looked your IP up in Spamhaus ZEN and found it listed, so it refuses the connection. Comcast cannot lift this; the listing has to go at Spamhaus.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.45 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'dynamic-or-residential-ip', prior: 0.15 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Keep the mail server and every web form on it patched, so no one can send through it.',
    ],
    related: ['spamhaus-zen-listing', 'spamhaus-pbl-listing'],
    sources: [COMCAST_CODES, XFINITY_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'comcast-bl000010',
    provider: 'comcast',
    title: 'Comcast BL000010: IP listed on Cloudmark CSI',
    match: { providers: ['comcast'], tags: ['BL000010'] },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 resimta-po-03v.sys.comcast.net comcast 192.0.2.12 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000010',
    happening:
      'Your IP has a poor score at Cloudmark Sender Intelligence, and Comcast refuses mail from IPs that Cloudmark lists. The reset is requested from Cloudmark, not from Comcast.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.1 },
    ],
    fixes: ['request-cloudmark-reset'],
    prevent: [
      'Cloudmark scores follow complaints from many mailbox providers; keep lists opt-in and clean.',
    ],
    related: ['cloudmark-csi-listing'],
    sources: [COMCAST_CODES, XFINITY_ERRORS],
    confidence: 'hi',
  },
  {
    id: 'comcast-bl000100',
    provider: 'comcast',
    title: 'Comcast BL000100: IP listed on the SenderScore blocklist',
    match: { providers: ['comcast'], tags: ['BL000100'] },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example:
      '554 resimta-po-21v.sys.comcast.net comcast 192.0.2.13 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000100',
    happening:
      "Your IP is on Validity's SenderScore blocklist (the list once run by Return Path), which Comcast checks before accepting mail.",
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.45 },
      { cause: 'stale-or-purchased-list', prior: 0.3 },
      { cause: 'public-blocklist-listing', prior: 0.25 },
    ],
    fixes: ['check-senderscore-blocklist'],
    prevent: [
      'Remove old and unengaged addresses; recycled addresses turned spam traps are what lands IPs on this list.',
    ],
    related: ['comcast-bl-multiple-lists'],
    sources: [COMCAST_CODES],
    confidence: 'hi',
  },
];
