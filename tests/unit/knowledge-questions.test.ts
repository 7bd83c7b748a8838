/**
 * The questions are sound evidence: their likelihoods follow the rules
 * the engine relies on, and together they can tell every cause apart.
 */
import { describe, expect, it } from 'vitest';

import { knowledge } from '../../src/knowledge/all';
import { CAUSE_IDS, type CauseId } from '../../src/knowledge/causes-ids';
import type { Question } from '../../src/knowledge/schema';

const { questions } = knowledge;

function namedCauses(question: Question): Set<CauseId> {
  const named = new Set<CauseId>();
  for (const answer of question.answers) {
    for (const cause of Object.keys(answer.likelihood) as CauseId[]) {
      named.add(cause);
    }
  }
  return named;
}

function likelihoodsOf(question: Question, cause: CauseId): number[] {
  return question.answers.map((a) => a.likelihood[cause] ?? Number.NaN);
}

/** True when the answers of the question move this cause at all. */
function separates(question: Question, cause: CauseId): boolean {
  const values = likelihoodsOf(question, cause);
  if (values.some(Number.isNaN)) return false;
  return Math.max(...values) - Math.min(...values) >= 0.2;
}

describe('question likelihoods', () => {
  it.each(questions.map((q) => [q.id, q] as const))('%s', (_id, question) => {
    const problems: string[] = [];
    for (const cause of namedCauses(question)) {
      const values = likelihoodsOf(question, cause);
      if (values.some(Number.isNaN)) {
        problems.push(`${cause} is missing from some answers`);
        continue;
      }
      if (values.some((v) => v <= 0 || v >= 1)) {
        problems.push(`${cause} has a value outside (0, 1)`);
      }
      const sum = values.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-9) {
        problems.push(`${cause} sums to ${sum}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('end with a question mark and offer no "Not sure" answer', () => {
    const bad = questions.filter(
      (q) =>
        !q.text.endsWith('?') ||
        q.answers.some((a) => /not sure/i.test(a.label)),
    );
    expect(bad.map((q) => q.id)).toEqual([]);
  });
});

describe('separation', () => {
  it('every cause is moved clearly by at least one question', () => {
    const alone = CAUSE_IDS.filter(
      (cause) => !questions.some((q) => separates(q, cause)),
    );
    expect(alone).toEqual([]);
  });
});

describe('the ids the engine maps evidence onto', () => {
  const required: Record<string, string[]> = {
    'volume-change': ['zero-to-full', 'jumped', 'steady'],
    'ip-age': ['new', 'established'],
    'strange-sent-mail': ['yes', 'no'],
    'dkim-signing': ['signed', 'not-signed'],
    'spf-record': ['passes', 'fails-or-missing'],
    'dmarc-record': ['aligned', 'missing-or-failing'],
    'ip-shared': ['shared', 'dedicated'],
    'other-providers': ['several', 'only-this-one'],
    'list-source': ['opt-in-recent', 'old-or-bought'],
    'reverse-dns': ['matches', 'missing-or-generic'],
    'blocklist-status': ['listed', 'clean'],
  };

  it.each(Object.entries(required))('%s', (id, answers) => {
    const question = questions.find((q) => q.id === id);
    expect(question?.answers.map((a) => a.id)).toEqual(answers);
  });
});
