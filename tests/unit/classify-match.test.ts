import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  matchSignature,
  rankSignatures,
  type MatchFacts,
} from '../../src/engine/classify';
import { requiredLiterals } from '../../src/engine/text/literal';
import type { Signature, SignatureMatch } from '../../src/knowledge/schema';
import { SIGNATURES } from '../../src/knowledge/signatures/index';

function signature(match: SignatureMatch): Signature {
  return { id: 'sig', match } as Signature;
}

function facts(diagnostic: string, more: Partial<MatchFacts> = {}): MatchFacts {
  return { diagnostic, replyCode: null, status: null, provider: null, ...more };
}

describe('matchSignature', () => {
  it.each<[string, SignatureMatch, MatchFacts, number | null]>([
    [
      'tag as a whole token',
      { tags: ['BL23'] },
      facts('blocked [BL23] here'),
      16,
    ],
    [
      'not inside a longer token',
      { tags: ['BL23'] },
      facts('code BL234'),
      null,
    ],
    [
      'text, case-insensitive',
      { text: ['block\\s+list'] },
      facts('on our BLOCK list'),
      8,
    ],
    [
      'status inside a range',
      { statuses: ['5.7.606-5.7.649'], text: ['banned'] },
      facts('banned sending IP', { status: '5.7.610' }),
      11,
    ],
    [
      'status outside the range',
      { statuses: ['5.7.606-5.7.649'], text: ['banned'] },
      facts('banned sending IP', { status: '5.7.650' }),
      null,
    ],
    [
      'a missing status does not disqualify',
      { statuses: ['5.7.1'], text: ['banned'] },
      facts('banned'),
      8,
    ],
    [
      'another provider disqualifies',
      { providers: ['gmail'], text: ['over quota'] },
      facts('over quota', { provider: 'yahoo' }),
      null,
    ],
    [
      'an unknown provider does not',
      { providers: ['gmail'], text: ['over quota'] },
      facts('over quota'),
      8,
    ],
    [
      'unless the provider is required',
      { providers: ['gmail'], requireProvider: true, text: ['STARTTLS'] },
      facts('Must issue a STARTTLS command first'),
      null,
    ],
    [
      'codes alone match only by status',
      { replyCodes: ['550'] },
      facts('x', { replyCode: '550' }),
      null,
    ],
  ])('%s', (_, match, input, score) => {
    expect(matchSignature(signature(match), input)?.score ?? null).toBe(score);
  });
});

/** The original scan: every signature, every expression, in list order. */
function linearRank(
  facts: MatchFacts,
  signatures: readonly Signature[],
): [string, number, string | null][] {
  const hits: [string, number, string | null][] = [];
  for (const { id, match } of signatures) {
    const score = linearScore(match, facts);
    if (score) hits.push([id, ...score]);
  }
  return hits.sort((a, b) => b[1] - a[1]);
}

function linearStatus(wanted: readonly string[], status: string): number {
  const number = (s: string): number => {
    const [a = 0, b = 0, c = 0] = s.split('.').map(Number);
    return a * 1e6 + b * 1e3 + c;
  };
  let best = 0;
  for (const entry of wanted) {
    const [low = '', high] = entry.split('-');
    if (!high && low === status) return 4;
    if (
      high &&
      number(status) >= number(low) &&
      number(status) <= number(high)
    ) {
      best = 3;
    }
  }
  return best;
}

function linearScore(
  match: SignatureMatch,
  facts: MatchFacts,
): [number, string | null] | null {
  let score = 0;
  if (match.requireProvider && !facts.provider) return null;
  if (match.providers && facts.provider) {
    if (!match.providers.includes(facts.provider)) return null;
    score += 2;
  }
  if (match.replyCodes && facts.replyCode) {
    if (!match.replyCodes.includes(facts.replyCode)) return null;
    score += 1;
  }
  if (match.statuses && facts.status) {
    const s = linearStatus(match.statuses, facts.status);
    if (s === 0) return null;
    score += s;
  }
  const escape = (t: string): string =>
    t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag =
    (match.tags ?? []).find((t) =>
      new RegExp(`(?:^|[^A-Za-z0-9])${escape(t)}(?![A-Za-z0-9])`, 'i').test(
        facts.diagnostic,
      ),
    ) ?? null;
  const text = (match.text ?? []).some((s) =>
    new RegExp(s, 'i').test(facts.diagnostic),
  );
  const needsWords = Boolean(match.tags?.length || match.text?.length);
  if (needsWords && !tag && !text) return null;
  if (!needsWords && !(match.statuses && facts.status)) return null;
  return [score + (tag ? 16 : 0) + (text ? 8 : 0), tag];
}

function indexedRank(facts: MatchFacts): [string, number, string | null][] {
  return rankSignatures(facts, SIGNATURES).map((h) => [
    h.signature.id,
    h.score,
    h.tag,
  ]);
}

/** Real wording, twisted the ways pasted text gets twisted. */
function diagnosticsFrom(example: string): string[] {
  return [
    example,
    example.toUpperCase(),
    example.toLowerCase(),
    example.replace(/\s+/g, '\n  '),
    example.slice(0, Math.floor(example.length / 2)),
    `İK ſ ${example} ß`,
    // Optional letters and words left out, as the patterns allow.
    example.replace(/s\b/g, ''),
    example.replace(/\b(?:the|a|an|is|was) /gi, ''),
  ];
}

function factsFor(signature: Signature, diagnostic: string): MatchFacts[] {
  const reply = /\b[245]\d\d\b/.exec(diagnostic)?.[0] ?? null;
  const status = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(diagnostic)?.[0] ?? null;
  const providers = [null, 'gmail', signature.match.providers?.[0] ?? null];
  return providers.flatMap((provider) => [
    { diagnostic, replyCode: null, status: null, provider },
    { diagnostic, replyCode: reply, status, provider },
    { diagnostic, replyCode: '550', status: '5.7.1', provider },
  ]);
}

describe('requiredLiterals', () => {
  it.each<[string, string[][] | null]>([
    ['user\\s+unknown', [['user', 'unknown']]],
    ['domains?\\b', [['domain']]],
    ['a+bc', [['bc']]],
    ['ab+c', [['ab']]],
    ['x{2}yz', [['yz']]],
    ['delist@(?:messaging\\.)?microsoft\\.com', [['delist@', 'microsoft.com']]],
    ['spamhaus pbl|pbl\\.spamhaus', [['spamhaus pbl'], ['pbl.spamhaus']]],
    ['[EÉ]metteur', [['metteur']]],
    ['Émetteur', [['metteur']]],
    ['\\x41bc', null],
    ['(?:looks|appears) (?:like|to be)', null],
    ['ok|(?:a|b)', null],
    ['\\b(AUP#[A-Za-z]+)', [['aup#']]],
    ['(?:mail )?server', [['server']]],
    ['x(?:bc)+d', [['bc']]],
    ['(?<code>bl\\d)-ab', [['bl', '-ab']]],
    ['(?:ab|cd)ef', [['ef']]],
    ['(?:ab){0,2}cd', [['cd']]],
    ['x(ab)?yz', [['yz']]],
    ['(?=abc)xy', [['xy']]],
    ['(?<!abc)xy', [['xy']]],
  ])('%s', (source, literals) => {
    expect(requiredLiterals(source)).toEqual(literals);
  });
});

describe('the signature index', () => {
  it('ranks exactly as a linear scan over every signature', () => {
    let compared = 0;
    for (const signature of SIGNATURES) {
      for (const diagnostic of diagnosticsFrom(signature.example)) {
        for (const facts of factsFor(signature, diagnostic)) {
          expect(indexedRank(facts)).toEqual(linearRank(facts, SIGNATURES));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('agrees with a linear scan on text stitched from signature words', () => {
    const words = SIGNATURES.flatMap((s) => [
      ...(s.match.tags ?? []),
      ...s.example.split(/\s+/),
    ]);
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(' ', '\n', '.', '-', 'İ', 'K', 'é', '#'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.constantFrom(null, 'gmail', 'yahoo', 'outlook-com', 'comcast'),
        fc.constantFrom(null, '421', '550', '554'),
        fc.constantFrom(null, '5.7.1', '5.7.26', '4.7.0', '5.1.1', '5.7.610'),
        (parts, provider, replyCode, status) => {
          const facts = {
            diagnostic: parts.join(' '),
            provider,
            replyCode,
            status,
          };
          expect(indexedRank(facts)).toEqual(linearRank(facts, SIGNATURES));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
