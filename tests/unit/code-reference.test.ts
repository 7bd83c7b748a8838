import { describe, expect, it } from 'vitest';

import { codeReference } from '../../src/engine/reference';
import { FIXTURE_KNOWLEDGE } from '../fixtures/code-signatures';

describe('codeReference', () => {
  const reference = codeReference('outlook-ou-002', FIXTURE_KNOWLEDGE);

  it('is null for an id the knowledge base lacks', () => {
    expect(codeReference('no-such-code', FIXTURE_KNOWLEDGE)).toBeNull();
  });

  it('gives each cause its share of the prior, largest first', () => {
    expect(
      reference?.causes.map((c) => [c.cause, Number(c.share.toFixed(4))]),
    ).toEqual([
      ['complaints-spam-traps', 0.5455],
      ['cold-ip-volume-spike', 0.3636],
      ['shared-range-neighbours', 0.0909],
    ]);
  });

  it('orders the fixes by phase and leaves unlikely causes out', () => {
    expect(
      reference?.fixes.map((p) => [p.phase, p.items.map((i) => i.id)]),
    ).toEqual([
      ['contain', ['fixture-pause']],
      ['request-review', ['fixture-review']],
      ['prevent', ['fixture-warm']],
    ]);
  });

  it('writes marked blanks where a bounce would fill in values', () => {
    const review = reference?.fixes[1]?.items[0];
    expect(review?.steps).toEqual([
      'Send the form for <your sending IP> and name <your-domain>.',
    ]);
  });

  it('links only related signatures that exist', () => {
    expect(reference?.related).toEqual([
      {
        id: 'outlook-sc-001',
        title: 'SC-001: Outlook.com refused mail on content or reputation',
      },
    ]);
  });
});
