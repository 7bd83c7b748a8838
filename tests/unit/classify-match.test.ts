import { describe, expect, it } from 'vitest';

import { matchSignature, type MatchFacts } from '../../src/engine/classify';
import type { Signature, SignatureMatch } from '../../src/knowledge/schema';

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
