/**
 * Bayes over the knowledge base: prior × Π P(answer | cause), normalised.
 * A cause a question does not name is treated as indifferent to it (every
 * answer equally likely), so naming a cause never favours the unnamed.
 */
import type { CauseId } from '../../knowledge/causes-ids';
import type { Question } from '../../knowledge/schema';
import { NOT_SURE, type CausePrior, type GivenAnswer } from './types';

/** A probability per cause, in the knowledge base's order. */
export type Distribution = ReadonlyMap<CauseId, number>;

/** P(answer | cause) for one answer of a question. */
export function likelihood(
  question: Question,
  answerId: string,
  cause: CauseId,
): number {
  const answer = question.answers.find((a) => a.id === answerId);
  if (!answer) return 1;
  return answer.likelihood[cause] ?? 1 / question.answers.length;
}

/** Scale a distribution so it sums to 1 (uniform if it sums to 0). */
export function normalise(weights: Map<CauseId, number>): Distribution {
  let total = 0;
  for (const w of weights.values()) total += w;
  const out = new Map<CauseId, number>();
  for (const [cause, w] of weights) {
    out.set(cause, total > 0 ? w / total : 1 / weights.size);
  }
  return out;
}

/** The prior distribution over the causes in play. */
export function priorDistribution(priors: readonly CausePrior[]): Distribution {
  const weights = new Map<CauseId, number>();
  for (const { cause, prior } of priors) {
    weights.set(cause, (weights.get(cause) ?? 0) + prior);
  }
  return normalise(weights);
}

/** Update a distribution with one answer. "Not sure" changes nothing. */
export function update(
  current: Distribution,
  question: Question,
  answerId: string,
): Distribution {
  if (answerId === NOT_SURE) return current;
  const weights = new Map<CauseId, number>();
  for (const [cause, p] of current) {
    weights.set(cause, p * likelihood(question, answerId, cause));
  }
  return normalise(weights);
}

/** The posterior after every given answer, in order. */
export function posterior(
  priors: readonly CausePrior[],
  answers: readonly GivenAnswer[],
  questions: ReadonlyMap<string, Question>,
): Distribution {
  let current = priorDistribution(priors);
  for (const given of answers) {
    const question = questions.get(given.questionId);
    if (question) current = update(current, question, given.answerId);
  }
  return current;
}
