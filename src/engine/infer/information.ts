/**
 * Choosing the next question: the one whose answer is expected to shrink
 * the uncertainty over the causes in play the most.
 */
import type { CauseId } from '../../knowledge/causes-ids';
import type { Question } from '../../knowledge/schema';
import { likelihood, update, type Distribution } from './posterior';
import type { NextQuestion } from './types';

/** Shannon entropy of a distribution, in bits. */
export function entropy(distribution: Distribution): number {
  let h = 0;
  for (const p of distribution.values()) if (p > 0) h -= p * Math.log2(p);
  return h;
}

/** Probability of an answer given the current beliefs about causes. */
export function answerProbability(
  distribution: Distribution,
  question: Question,
  answerId: string,
): number {
  let total = 0;
  for (const [cause, p] of distribution) {
    total += p * likelihood(question, answerId, cause);
  }
  return total;
}

/** Expected drop in entropy from asking a question, in bits. */
export function expectedGain(
  distribution: Distribution,
  question: Question,
): number {
  const before = entropy(distribution);
  let after = 0;
  for (const answer of question.answers) {
    const pa = answerProbability(distribution, question, answer.id);
    if (pa > 0)
      after += pa * entropy(update(distribution, question, answer.id));
  }
  return before - after;
}

/** Causes in play that the question pulls apart most, strongest first. */
export function separatedCauses(
  distribution: Distribution,
  question: Question,
  limit = 3,
): CauseId[] {
  const n = question.answers.length;
  const spread: [CauseId, number][] = [];
  for (const [cause, p] of distribution) {
    const values = question.answers.map((a) =>
      likelihood(question, a.id, cause),
    );
    const deviation = values.reduce((s, v) => s + Math.abs(v - 1 / n), 0);
    if (deviation > 0.05) spread.push([cause, deviation * p]);
  }
  spread.sort((a, b) => b[1] - a[1]);
  return spread.slice(0, limit).map(([cause]) => cause);
}

/** The best question still worth asking, or null when none is. */
export function chooseNextQuestion(
  distribution: Distribution,
  candidates: readonly Question[],
  minimumGain: number,
): NextQuestion | null {
  let best: NextQuestion | null = null;
  for (const question of candidates) {
    const gain = expectedGain(distribution, question);
    if (gain < minimumGain) continue;
    if (!best || gain > best.gain + 1e-12) {
      best = {
        questionId: question.id,
        gain,
        separates: separatedCauses(distribution, question),
      };
    }
  }
  return best;
}
