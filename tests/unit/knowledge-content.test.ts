/**
 * The knowledge base holds together: every entry fits its schema, every
 * id it names exists, and every link goes to an official host.
 */
import { describe, expect, it } from 'vitest';

import { knowledge } from '../../src/knowledge/all';
import { CAUSE_IDS } from '../../src/knowledge/causes-ids';
import { commonFixes } from '../../src/knowledge/fixes/common';
import { OFFICIAL_DOMAINS } from '../../src/knowledge/official-domains';
import {
  causeSchema,
  fixSchema,
  questionSchema,
  signatureSchema,
  type Source,
} from '../../src/knowledge/schema';
import { REASONS } from '../../src/knowledge/vocabulary';

const { signatures, causes, questions, fixes, reasonCauses } = knowledge;

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function allLinks(): Source[] {
  return [
    ...signatures.flatMap((s) => s.sources),
    ...fixes.flatMap((f) => f.links),
  ];
}

describe('every entry parses with its schema', () => {
  it.each([
    ['signature', signatures, signatureSchema],
    ['cause', causes, causeSchema],
    ['question', questions, questionSchema],
    ['fix', fixes, fixSchema],
  ] as const)('%s', (_kind, entries, schema) => {
    const failures = entries.flatMap((entry) => {
      const result = schema.safeParse(entry);
      return result.success ? [] : [`${entry.id}: ${result.error.message}`];
    });
    expect(failures).toEqual([]);
  });
});

describe('ids', () => {
  it('are unique within each kind', () => {
    expect(duplicates(signatures.map((s) => s.id))).toEqual([]);
    expect(duplicates(causes.map((c) => c.id))).toEqual([]);
    expect(duplicates(questions.map((q) => q.id))).toEqual([]);
    expect(duplicates(fixes.map((f) => f.id))).toEqual([]);
  });

  it('are unique among the answers of each question', () => {
    const clashes = questions.filter(
      (q) => duplicates(q.answers.map((a) => a.id)).length > 0,
    );
    expect(clashes.map((q) => q.id)).toEqual([]);
  });

  it('cover every cause id exactly once in causes', () => {
    expect(causes.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort());
  });
});

describe('signatures', () => {
  const fixIds = new Set(fixes.map((f) => f.id));
  const signatureIds = new Set(signatures.map((s) => s.id));

  it('each name at least one cause', () => {
    const empty = signatures.filter((s) => s.causes.length === 0);
    expect(empty.map((s) => s.id)).toEqual([]);
  });

  it('name only fixes that exist', () => {
    const missing = signatures.flatMap((s) =>
      s.fixes.filter((id) => !fixIds.has(id)).map((id) => `${s.id} → ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('relate only to signatures that exist', () => {
    const missing = signatures.flatMap((s) =>
      s.related
        .filter((id) => !signatureIds.has(id))
        .map((id) => `${s.id} → ${id}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('causes', () => {
  it('each have at least one fix', () => {
    const covered = new Set(fixes.flatMap((f) => f.causes));
    expect(CAUSE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('are each addressed by a shared, cause-driven fix', () => {
    const covered = new Set(commonFixes.flatMap((f) => f.causes));
    expect(CAUSE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('are named by every shared fix', () => {
    const empty = commonFixes.filter((f) => f.causes.length === 0);
    expect(empty.map((f) => f.id)).toEqual([]);
  });
});

describe('reasonCauses', () => {
  it('give every reason at least one cause with a positive prior', () => {
    const bad = REASONS.filter((reason) => {
      const list = reasonCauses[reason];
      return list.length === 0 || list.some((c) => !(c.prior > 0));
    });
    expect(bad).toEqual([]);
  });

  it('name each cause at most once per reason', () => {
    const bad = REASONS.filter(
      (reason) =>
        duplicates(reasonCauses[reason].map((c) => c.cause)).length > 0,
    );
    expect(bad).toEqual([]);
  });
});

describe('fix steps', () => {
  const known = /\{(?:ip|domain|selector|recipientDomain|remoteMta)\}/g;

  it('use only the placeholders the checklist can fill', () => {
    const bad = fixes.flatMap((f) =>
      f.steps
        .map((step) => step.replace(known, ''))
        .filter((step) => /\{[A-Za-z]+\}/.test(step))
        .map((step) => `${f.id}: ${step}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('links', () => {
  const hosts = new Set<string>(OFFICIAL_DOMAINS);

  it('are https and point at an official host', () => {
    const bad = allLinks().filter((link) => {
      const url = new URL(link.url);
      return url.protocol !== 'https:' || !hosts.has(url.hostname);
    });
    expect(bad.map((l) => l.url)).toEqual([]);
  });
});
