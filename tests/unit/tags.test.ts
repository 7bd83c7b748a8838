/**
 * Provider tags read out of a server's words: one row per form of tag
 * the reader knows, each inside the kind of sentence it comes in, and
 * the words around a tag that must not be taken for one.
 */
import { describe, expect, it } from 'vitest';
import { extractTag } from '../../src/engine/read/tags';

const FOUND: [text: string, tag: string][] = [
  [
    "5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent (OU-002)",
    'OU-002',
  ],
  ['550 5.7.1 Service unavailable, Client host blocked (RP-001)', 'RP-001'],
  ['554 5.7.1 Service unavailable; see AUP#In-1310', 'AUP#In-1310'],
  ['554 5.7.1 rejected AS(508) see the help page', 'AS(508)'],
  ['550 5.7.1 blocked by policy AS12345678 (rule)', 'AS12345678'],
  ['550 5.7.1 Message rejected (S3150)', 'S3150'],
  ['550 5.7.1 Message rejected [S3140]', 'S3140'],
  ['421 4.7.0 [TSS04] Messages temporarily deferred', 'TSS04'],
  ['421 4.7.0 [TS01] Messages temporarily deferred', 'TS01'],
  ['421 Message temporarily deferred TSS09 due to volume', 'TSS09'],
  ['550 RLY:B1 rejected by relay', 'RLY:B1'],
  ['554 5.7.1 [CS01] Message rejected due to local policy', 'CS01'],
  ['550 5.7.1 blocked HME1 see Apple support', 'HME1'],
  ['554 resimta BL000010 blocked, see Comcast', 'BL000010'],
  ['550 IB607 too many messages from this sender', 'IB607'],
  ['550 5.7.1 OFR004_104 rejected', 'OFR004_104'],
  ['550 5.7.1 LPN007_510 rejected', 'LPN007_510'],
  ['550 ERS-RBL rejected: listed', 'ERS-RBL'],
  ['550 Rejected by MCSpamSignature rule', 'MCSpamSignature'],
  ["554 delivery error: dd This user doesn't have an account", 'dd'],
];

describe('extractTag', () => {
  it.each(FOUND)('reads the tag in %j', (text, tag) => {
    expect(extractTag(text)).toBe(tag);
  });

  it.each([
    '550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown',
    '550 5.7.1 ts01 written in lower case is not a Yahoo tag',
    '554 OU-0023 runs on past the tag',
    '',
  ])('finds no tag in %j', (text) => {
    expect(extractTag(text)).toBeNull();
  });
});
