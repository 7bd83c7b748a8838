import { describe, expect, it } from 'vitest';

import { validateQuery } from '../../src/components/search-params';

describe('validateQuery', () => {
  it.each([
    [{ q: 'OU-002' }, 10, { q: 'OU-002' }],
    [{ q: '' }, 10, { q: '' }],
    [{ q: '12345678901' }, 10, {}],
    [{ q: 550 }, 10, {}],
    [{ q: ['a'] }, 10, {}],
    [{ q: null }, 10, {}],
    [{}, 10, {}],
    [{ q: 'x', other: 'kept out' }, 10, { q: 'x' }],
  ])('%j within %i characters reads as %j', (search, max, expected) => {
    expect(validateQuery(search, max)).toEqual(expected);
  });
});
