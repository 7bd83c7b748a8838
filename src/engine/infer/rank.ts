/**
 * Turning a distribution into the ranked list the person sees, with the
 * evidence for and against each cause.
 */
import type { CauseId } from '../../knowledge/causes-ids';
import type { Question } from '../../knowledge/schema';
import { likelihood, priorDistribution, type Distribution } from './posterior';
import {
  NOT_SURE,
  type CausePrior,
  type Evidence,
  type GivenAnswer,
  type RankedCause,
} from './types';

/** How far from "no information" a weight must be to count as evidence. */
const NOTABLE = 0.2;

function evidenceFor(
  cause: CauseId,
  answers: readonly GivenAnswer[],
  questions: ReadonlyMap<string, Question>,
): Evidence[] {
  const out: Evidence[] = [];
  for (const given of answers) {
    const question = questions.get(given.questionId);
    if (!question || given.answerId === NOT_SURE) continue;
    const n = question.answers.length;
    const weight = likelihood(question, given.answerId, cause) * n;
    if (Math.abs(weight - 1) < NOTABLE) continue;
    out.push({
      questionId: given.questionId,
      answerId: given.answerId,
      source: given.source,
      weight,
    });
  }
  return out;
}

/**
 * Causes from most to least likely. Ties keep the order of the priors, so
 * the ranking never depends on anything but the inputs.
 */
export function rankCauses(
  distribution: Distribution,
  priors: readonly CausePrior[],
  answers: readonly GivenAnswer[],
  questions: ReadonlyMap<string, Question>,
): RankedCause[] {
  const prior = priorDistribution(priors);
  const order = [...prior.keys()];
  const ranked = order.map((cause) => {
    const evidence = evidenceFor(cause, answers, questions);
    return {
      cause,
      probability: distribution.get(cause) ?? 0,
      prior: prior.get(cause) ?? 0,
      for: evidence.filter((e) => e.weight > 1),
      against: evidence.filter((e) => e.weight < 1),
    };
  });
  return ranked.sort(
    (a, b) =>
      b.probability - a.probability ||
      order.indexOf(a.cause) - order.indexOf(b.cause),
  );
}
