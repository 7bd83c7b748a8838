import { describe, expect, it } from 'vitest';

import { runTriage, NOT_SURE, type GivenAnswer } from '../../src/engine/infer';
import { expectedGain } from '../../src/engine/infer/information';
import { priorDistribution } from '../../src/engine/infer/posterior';
import type { Question } from '../../src/knowledge/schema';

const relay: Question = {
  id: 'strange-sent-mail',
  topic: 'compromise',
  text: 'Do your logs show mail nobody meant to send?',
  help: 'Look at the sent log or the queue.',
  answers: [
    {
      id: 'yes',
      label: 'Yes',
      likelihood: {
        'compromised-account-or-relay': 0.8,
        'cold-ip-volume-spike': 0.2,
      },
    },
    {
      id: 'no',
      label: 'No',
      likelihood: {
        'compromised-account-or-relay': 0.2,
        'cold-ip-volume-spike': 0.8,
      },
    },
  ],
};

const unrelated: Question = {
  id: 'list-source',
  topic: 'list-hygiene',
  text: 'Where did the list come from?',
  help: 'Lists bought or years old carry traps.',
  answers: [
    { id: 'opt-in-recent', label: 'Opt-in', likelihood: {} },
    { id: 'old-or-bought', label: 'Old', likelihood: {} },
  ],
};

const priors = [
  { cause: 'compromised-account-or-relay', prior: 1 },
  { cause: 'cold-ip-volume-spike', prior: 1 },
] as const;

function answer(questionId: string, answerId: string): GivenAnswer {
  return { questionId, answerId, source: 'person' };
}

function probabilities(answers: GivenAnswer[]) {
  const result = runTriage({ priors, answers, questions: [relay, unrelated] });
  return Object.fromEntries(
    result.ranking.map((r) => [r.cause, Number(r.probability.toFixed(4))]),
  );
}

describe('runTriage ranking', () => {
  it.each([
    [[], { 'compromised-account-or-relay': 0.5, 'cold-ip-volume-spike': 0.5 }],
    [
      [answer('strange-sent-mail', 'yes')],
      { 'compromised-account-or-relay': 0.8, 'cold-ip-volume-spike': 0.2 },
    ],
    [
      [answer('strange-sent-mail', 'no')],
      { 'compromised-account-or-relay': 0.2, 'cold-ip-volume-spike': 0.8 },
    ],
    [
      [answer('strange-sent-mail', NOT_SURE)],
      { 'compromised-account-or-relay': 0.5, 'cold-ip-volume-spike': 0.5 },
    ],
    [
      // A changed answer replaces the earlier one.
      [answer('strange-sent-mail', 'no'), answer('strange-sent-mail', 'yes')],
      { 'compromised-account-or-relay': 0.8, 'cold-ip-volume-spike': 0.2 },
    ],
  ])('answers %j give %j', (answers, expected) => {
    expect(probabilities(answers)).toEqual(expected);
  });

  it('asks the question that separates the causes, not the one that cannot', () => {
    const result = runTriage({
      priors,
      answers: [],
      questions: [unrelated, relay],
    });
    expect(result.next?.questionId).toBe('strange-sent-mail');
    expect(result.next?.separates).toEqual([
      'compromised-account-or-relay',
      'cold-ip-volume-spike',
    ]);
  });

  it('stops when nothing left could move the ranking', () => {
    const result = runTriage({
      priors,
      answers: [answer('strange-sent-mail', 'yes')],
      questions: [relay, unrelated],
    });
    expect(result.next).toBeNull();
    expect(result.stop).toBe('nothing-left-to-learn');
  });

  it('reports what the last answer moved', () => {
    const result = runTriage({
      priors,
      answers: [answer('strange-sent-mail', 'yes')],
      questions: [relay],
    });
    expect(result.moved).toEqual([
      { cause: 'compromised-account-or-relay', before: 0.5, after: 0.8 },
      { cause: 'cold-ip-volume-spike', before: 0.5, after: 0.2 },
    ]);
  });

  it('gives a question that names no cause in play zero expected gain', () => {
    expect(expectedGain(priorDistribution(priors), unrelated)).toBe(0);
  });
});
