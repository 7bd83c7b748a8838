import { describe, expect, it } from 'vitest';

import {
  codesIn,
  groupByProvider,
  hasTag,
  looksLikeBounce,
  promote,
  searchSignatures,
  statusCovered,
  wordsOf,
} from '../../src/engine/search';
import { FIXTURE_SIGNATURES } from '../fixtures/code-signatures';

const NAMES = new Map([
  ['outlook-com', 'Outlook.com (Hotmail, Live, MSN)'],
  ['microsoft-365', 'Microsoft 365 (Exchange Online)'],
  ['gmail', 'Gmail and Google Workspace'],
  ['yahoo', 'Yahoo and AOL'],
  ['generic', 'Any mail server (standard codes)'],
]);

function ids(query: string): string[] {
  return searchSignatures(query, FIXTURE_SIGNATURES, NAMES).map((s) => s.id);
}

const ALL = FIXTURE_SIGNATURES.map((s) => s.id);
const DMARC_BOUNCE =
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy";

describe('searchSignatures', () => {
  it.each([
    ['', ALL],
    ['   ', ALL],
    ['OU-002', ['outlook-ou-002']],
    ['ou-002', ['outlook-ou-002']],
    ['5.7.26', ['gmail-dmarc']],
    ['TSS04', ['yahoo-tss04']],
    ['[TSS04]', ['yahoo-tss04']],
    ['5.7.610', ['m365-banned-range']],
    ['421', ['yahoo-tss04']],
    [
      '550 5.7.1',
      [
        'generic-policy',
        'outlook-ou-002',
        'outlook-sc-001',
        'gmail-dmarc',
        'm365-banned-range',
      ],
    ],
    ['SC-001 OU-002', ['outlook-ou-002', 'outlook-sc-001']],
    ['gmail', ['gmail-dmarc']],
    ['outlook', ['outlook-ou-002', 'outlook-sc-001']],
    ['dmarc policy', ['gmail-dmarc', 'generic-policy', 'outlook-sc-001']],
    ['yahoo reputation', ['yahoo-tss04', 'outlook-sc-001']],
    ['block list', ['outlook-ou-002', 'm365-banned-range']],
    ['zzz', []],
    [
      DMARC_BOUNCE,
      [
        'gmail-dmarc',
        'outlook-ou-002',
        'outlook-sc-001',
        'generic-policy',
        'm365-banned-range',
        'yahoo-tss04',
      ],
    ],
  ])('%j ranks %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('codesIn', () => {
  it.each([
    ['550 5.7.26 rejected', { statuses: ['5.7.26'], replyCodes: ['550'] }],
    ['from 192.0.2.250 at 10:42', { statuses: [], replyCodes: [] }],
    ['421 4.7.0 421 4.7.0', { statuses: ['4.7.0'], replyCodes: ['421'] }],
    ['OU-002', { statuses: [], replyCodes: [] }],
  ])('%j holds %j', (query, expected) => {
    expect(codesIn(query)).toEqual(expected);
  });
});

describe('statusCovered', () => {
  it.each([
    ['5.7.1', '5.7.1', true],
    ['5.7.10', '5.7.1', false],
    ['5.7.606', '5.7.606-5.7.649', true],
    ['5.7.649', '5.7.606-5.7.649', true],
    ['5.7.650', '5.7.606-5.7.649', false],
    ['5.7.61', '5.7.606-5.7.649', false],
  ])('%s in %s is %s', (status, entry, expected) => {
    expect(statusCovered(status, entry)).toBe(expected);
  });
});

describe('hasTag', () => {
  it.each([
    ['550 OU-002 (COL0-MC6-F14)', 'OU-002', true],
    ['blocked (ou-002)', 'OU-002', true],
    ['550 OU-0021', 'OU-002', false],
    ['AS3150 said no', 'S3150', false],
    ['RLY:B1 refused', 'RLY:B1', true],
  ])('%j names %s: %s', (text, tag, expected) => {
    expect(hasTag(text, tag)).toBe(expected);
  });
});

describe('wordsOf', () => {
  it('keeps words of two letters or more and drops stop words', () => {
    expect(wordsOf('The IP 192.0.2.6 is on OUR block-list')).toEqual([
      'ip',
      '192',
      'is',
      'on',
      'block',
      'list',
    ]);
  });
});

describe('looksLikeBounce', () => {
  it.each([
    ['OU-002', false],
    ['550 5.7.1', false],
    ['gmail dmarc', false],
    ['550 5.7.1 Message refused by policy', true],
    ['421 try again later', true],
    ['x'.repeat(61), true],
    ['x'.repeat(60), false],
  ])('%j: %s', (query, expected) => {
    expect(looksLikeBounce(query)).toBe(expected);
  });
});

describe('promote', () => {
  const [ou, sc, gmail] = FIXTURE_SIGNATURES;

  it.each([
    [
      'moves a listed match to the front',
      'gmail-dmarc',
      ['gmail-dmarc', 'outlook-ou-002', 'outlook-sc-001'],
    ],
    [
      'adds a match the words missed',
      'yahoo-tss04',
      ['yahoo-tss04', 'outlook-ou-002', 'outlook-sc-001', 'gmail-dmarc'],
    ],
    [
      'ignores an unknown id',
      'nothing',
      ['outlook-ou-002', 'outlook-sc-001', 'gmail-dmarc'],
    ],
    [
      'ignores no match',
      null,
      ['outlook-ou-002', 'outlook-sc-001', 'gmail-dmarc'],
    ],
  ])('%s', (_, id, expected) => {
    const ranked = [ou, sc, gmail].flatMap((s) => (s ? [s] : []));
    const out = promote(ranked, id, FIXTURE_SIGNATURES).map((s) => s.id);
    expect(out).toEqual(expected);
  });
});

describe('groupByProvider', () => {
  it('keeps knowledge-base order within and between groups', () => {
    const groups = groupByProvider(FIXTURE_SIGNATURES, NAMES).map((g) => [
      g.name,
      g.signatures.map((s) => s.id),
    ]);
    expect(groups).toEqual([
      [
        'Outlook.com (Hotmail, Live, MSN)',
        ['outlook-ou-002', 'outlook-sc-001'],
      ],
      ['Gmail and Google Workspace', ['gmail-dmarc']],
      ['Yahoo and AOL', ['yahoo-tss04']],
      ['Microsoft 365 (Exchange Online)', ['m365-banned-range']],
      ['Any mail server (standard codes)', ['generic-policy']],
    ]);
  });
});
