/**
 * Cox's IP blocks: its own verdicts (CXBL, CDRBL) and the IPBL bit mask
 * of public lists (Spamhaus ZEN = 0001, Return Path = 0010, Invaluement
 * ivmSIP = 0100, Cloudmark CSI = 1000). Cox replies 550 5.1.0 "sender
 * rejected" to all of them; only the AUP# tag tells them apart.
 */
import type { Signature } from '../../schema';
import { COX_CODES, COX_POSTMASTER } from './sources';

const coxLine = (tag: string): string =>
  `550 5.1.0 <bounce@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#${tag}`;

export const coxBlockSignatures: readonly Signature[] = [
  {
    id: 'cox-cxbl',
    provider: 'cox',
    title: 'Cox AUP#CXBL: sending IP blocked for spam-like behaviour',
    match: { providers: ['cox'], tags: ['AUP#CXBL'] },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: coxLine('CXBL'),
    happening:
      'Cox has blocked your sending IP on its own judgement that it sends spam-like mail. Despite the 5.1.0 code, the recipient address is fine: it is your IP that is refused.',
    causes: [
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'stale-or-purchased-list', prior: 0.2 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
    ],
    fixes: ['request-cox-review'],
    prevent: [
      'Keep lists opt-in and remove addresses that bounce; Cox weighs complaints and spam-trap hits.',
    ],
    related: ['cox-cdrbl'],
    sources: [COX_CODES, COX_POSTMASTER],
    confidence: 'hi',
  },
  {
    id: 'cox-cdrbl',
    provider: 'cox',
    title: 'Cox AUP#CDRBL: IP temporarily blocked (up to 24 hours)',
    match: { providers: ['cox'], tags: ['AUP#CDRBL'] },
    reason: 'blocked',
    severity: 'high',
    permanent: false,
    actor: 'sender',
    example: coxLine('CDRBL'),
    happening:
      'Cox has put a short block on your IP after a burst of spam-like traffic. Cox says such a block lasts at most 24 hours; there is nothing to request, but the 5xx reply means your server will not retry on its own.',
    causes: [
      { cause: 'cold-ip-volume-spike', prior: 0.35 },
      { cause: 'complaints-spam-traps', prior: 0.3 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'sending-too-fast', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Look at what your IP sent to Cox in the hours before the block, stop anything unwanted, then resend after the block lapses.',
    ],
    related: ['cox-cxbl'],
    sources: [COX_CODES],
    confidence: 'hi',
  },
  {
    id: 'cox-ipbl-spamhaus',
    provider: 'cox',
    title: 'Cox AUP#IPBL0001: sending IP listed on Spamhaus',
    match: { providers: ['cox'], tags: ['AUP#IPBL0001', 'AUP#IPBL00001'] },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: coxLine('IPBL0001'),
    happening:
      'Cox checked your IP against Spamhaus and found it listed. Cox follows the list; only Spamhaus can remove the listing.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.45 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
      { cause: 'dynamic-or-residential-ip', prior: 0.15 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
    ],
    fixes: ['request-spamhaus-removal'],
    prevent: [
      'Monitor your IPs on Spamhaus and fix the cause of a listing before requesting removal.',
    ],
    related: ['spamhaus-zen-listing', 'cox-ipbl-multiple'],
    sources: [COX_CODES],
    confidence: 'hi',
  },
  {
    id: 'cox-ipbl-cloudmark',
    provider: 'cox',
    title: 'Cox AUP#IPBL1000: sending IP listed on Cloudmark CSI',
    match: { providers: ['cox'], tags: ['AUP#IPBL1000'] },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: coxLine('IPBL1000'),
    happening:
      'Your IP has a bad reputation at Cloudmark Sender Intelligence, which Cox uses to refuse mail. The reset is asked of Cloudmark.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.35 },
      { cause: 'compromised-account-or-relay', prior: 0.25 },
    ],
    fixes: ['request-cloudmark-reset'],
    prevent: [
      'Cloudmark listings follow complaints across many providers; keep complaint rates low everywhere, not only at Cox.',
    ],
    related: ['cloudmark-csi-listing', 'cox-ipbl-multiple'],
    sources: [COX_CODES],
    confidence: 'hi',
  },
  {
    id: 'cox-ipbl-multiple',
    provider: 'cox',
    title:
      'Cox AUP#IPBL0010–IPBL1111: on Return Path, ivmSIP or several DNSBLs',
    match: {
      providers: ['cox'],
      tags: [
        'AUP#IPBL0010',
        'AUP#IPBL0011',
        'AUP#IPBL0100',
        'AUP#IPBL0101',
        'AUP#IPBL0110',
        'AUP#IPBL0111',
        'AUP#IPBL1001',
        'AUP#IPBL1010',
        'AUP#IPBL1011',
        'AUP#IPBL1100',
        'AUP#IPBL1101',
        'AUP#IPBL1110',
        'AUP#IPBL1111',
      ],
    },
    reason: 'blocked',
    severity: 'critical',
    permanent: true,
    actor: 'sender',
    example: coxLine('IPBL0011'),
    happening:
      'Your IP is on one or more of the lists Cox checks. Read the four digits right to left: Spamhaus ZEN, Return Path (now Validity), Invaluement ivmSIP, Cloudmark CSI. Each list has its own removal process.',
    causes: [
      { cause: 'public-blocklist-listing', prior: 0.4 },
      { cause: 'complaints-spam-traps', prior: 0.25 },
      { cause: 'compromised-account-or-relay', prior: 0.2 },
      { cause: 'stale-or-purchased-list', prior: 0.15 },
    ],
    fixes: [
      'request-spamhaus-removal',
      'request-cloudmark-reset',
      'check-senderscore-blocklist',
    ],
    prevent: [
      'Check your IPs on all four lists regularly; being on several at once usually means a real spam source.',
    ],
    related: ['cox-ipbl-spamhaus', 'cox-ipbl-cloudmark'],
    sources: [COX_CODES],
    undocumented:
      'This knowledge base carries no removal route for Invaluement ivmSIP; follow the link in the Cox error-code table.',
    confidence: 'hi',
  },
];
