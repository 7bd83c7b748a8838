/**
 * Spectrum's connection and volume limits. They arrive as "550 5.1.0 …
 * sender rejected" like the blocks, which is why they were long read as
 * unknown users (sisimai/p5-sisimai#395); they are rate limits.
 */
import type { Signature } from '../../schema';
import { spectrumLine, spectrumTags } from './spectrum-blocks';
import { SPECTRUM_CODES } from './sources';

export const spectrumLimitSignatures: readonly Signature[] = [
  {
    id: 'spectrum-aup-in-1310',
    provider: 'spectrum',
    title: 'Spectrum AUP#In-1300–1340 (e.g. 1310): too many connections',
    match: {
      providers: ['spectrum'],
      tags: spectrumTags(1300, 1340),
      text: ['AUP#I[a-z]*-13[0-4]\\d\\b'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example: spectrumLine(1310),
    happening:
      'Spectrum caps how many connections one sender may hold at once and in total, and the cap is lower for IPs with a weaker reputation. Your server went over it. The recipient address is fine despite the 5.1.0 code.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.6 },
      { cause: 'cold-ip-volume-spike', prior: 0.25 },
      { cause: 'complaints-spam-traps', prior: 0.15 },
    ],
    fixes: [],
    prevent: [
      'Lower the number of parallel connections your server opens to Spectrum and send the rest later.',
      "Don't suppress these recipients: the 550 is about your pace, so queue the mail and resend it more slowly.",
    ],
    related: ['spectrum-aup-in-1350'],
    sources: [SPECTRUM_CODES],
    confidence: 'hi',
  },
  {
    id: 'spectrum-aup-in-1350',
    provider: 'spectrum',
    title: 'Spectrum AUP#In-1350–1490: message or recipient volume limit',
    match: {
      providers: ['spectrum'],
      tags: spectrumTags(1350, 1490),
      text: ['AUP#I[a-z]*-1(?:3[5-9]|4\\d)\\d\\b'],
    },
    reason: 'ratelimited',
    severity: 'medium',
    permanent: false,
    actor: 'sender',
    example: spectrumLine(1370),
    happening:
      'Spectrum limits how many messages and recipients it takes from a sender, and counts likely spam and invalid recipients against that limit. Your traffic crossed it.',
    causes: [
      { cause: 'sending-too-fast', prior: 0.4 },
      { cause: 'stale-or-purchased-list', prior: 0.3 },
      { cause: 'cold-ip-volume-spike', prior: 0.3 },
    ],
    fixes: [],
    prevent: [
      'Remove addresses that no longer exist and spread large sends to Spectrum domains over a longer period.',
    ],
    related: ['spectrum-aup-in-1310'],
    sources: [SPECTRUM_CODES],
    confidence: 'hi',
  },
];
