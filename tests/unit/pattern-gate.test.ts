import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { PatternGate } from '../../src/engine/text/pattern-gate';
import { PATTERNS } from '../../src/engine/read/reason/patterns';

const REASON_PATTERNS = Object.values(PATTERNS);

/** What the gate answers for every expression, in order. */
function gated(gate: PatternGate, size: number, text: string): boolean[] {
  const view = gate.open(text);
  return Array.from({ length: size }, (_, at) => view.test(at));
}

function direct(patterns: readonly RegExp[], text: string): boolean[] {
  return patterns.map((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

describe('PatternGate', () => {
  it.each<[string, RegExp[], string, boolean[]]>([
    ['runs a gated expression', [/user unknown/], 'x user unknown', [true]],
    ['skips one whose words are missing', [/user unknown/], 'no such', [false]],
    ['needs every word of an alternative', [/mailbox.+full/], 'full', [false]],
    [
      'ignores ASCII case like `i`',
      [/Quota exceeded/i],
      'QUOTA EXCEEDED',
      [true],
    ],
    ['keeps case where `i` is absent', [/Quota/], 'quota', [false]],
    ['always runs what it cannot read', [/\x41b/], 'Ab', [true]],
    ['folds Unicode case under `u`', [/kelvin/iu], '\u212Aelvin', [true]],
    ['answers each expression alone', [/ab/, /cd/], 'cd', [false, true]],
    ['resets a global expression', [/ab/g, /ab/g], 'ab ab', [true, true]],
  ])('%s', (_, patterns, text, expected) => {
    const gate = new PatternGate(patterns);
    expect(gated(gate, patterns.length, text)).toEqual(expected);
  });

  it('says which expressions may match without running them', () => {
    const view = new PatternGate([/relay denied/, /over quota/]).open(
      'Relay denied',
    );
    expect([view.may(0), view.may(1)]).toEqual([true, false]);
  });

  it('answers as the reason expressions do on stitched wording', () => {
    const gate = new PatternGate(REASON_PATTERNS);
    const words = REASON_PATTERNS.flatMap((p) =>
      p.source.split(/[^a-z ]+/).filter((w) => w.trim().length > 2),
    );
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ maxLength: 5 }),
      fc.constantFrom(' ', '.', "'", 'İ', 'K', 'é', 'ſ'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('').toLowerCase();
        const size = REASON_PATTERNS.length;
        expect(gated(gate, size, text)).toEqual(direct(REASON_PATTERNS, text));
      }),
      { numRuns: 3000 },
    );
  });
});
