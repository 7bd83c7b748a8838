/**
 * Each signature's own example bounce is recognised as that signature by
 * the reader and the classifier: the reference page and the triage can
 * never disagree about what a bounce is.
 */
import { describe, expect, it } from 'vitest';

import { classifyReading } from '../../src/engine/classify';
import { readBounce } from '../../src/engine/read';
import { knowledge } from '../../src/knowledge/all';

const { signatures } = knowledge;

async function signatureOf(example: string): Promise<string | null> {
  const reading = classifyReading(await readBounce(example), signatures);
  return reading.recipients[0]?.signature ?? null;
}

describe('signature examples', () => {
  if (signatures.length === 0) {
    it.todo('every example reads as its signature (none wired yet)');
    return;
  }

  it.each(signatures.map((s) => [s.id, s.example] as const))(
    '%s',
    async (id, example) => {
      expect(await signatureOf(example)).toBe(id);
    },
  );
});
