/**
 * The triage step: from a signature (or, for an unknown bounce, the
 * reader's reason) and the answers so far, rank the causes and pick the
 * next question. Pure: the same inputs always give the same result.
 */
import type { CauseId } from '../../knowledge/causes-ids';
import type { Question } from '../../knowledge/schema';
import { chooseNextQuestion } from './information';
import { posterior, priorDistribution, type Distribution } from './posterior';
import { rankCauses } from './rank';
import {
  NOT_SURE,
  type CausePrior,
  type GivenAnswer,
  type NextQuestion,
  type RankedCause,
  type Shift,
  type StopReason,
} from './types';

export { answersFromReading } from './evidence';
export * from './types';

/** The top cause is clear once it holds this much of the probability. */
export const CLEAR_LEADER = 0.85;
/** Questions expected to teach less than this (bits) are not asked. */
export const MINIMUM_GAIN = 0.02;
/** A cause below this probability is out of play for choosing questions. */
const IN_PLAY = 0.01;

/** Everything the wizard needs after the answers given so far. */
export interface TriageResult {
  ranking: RankedCause[];
  next: NextQuestion | null;
  stop: StopReason;
  /** What the last answer moved (empty before any answer). */
  moved: Shift[];
}

export interface TriageInput {
  priors: readonly CausePrior[];
  answers: readonly GivenAnswer[];
  questions: readonly Question[];
}

function latestAnswers(answers: readonly GivenAnswer[]): GivenAnswer[] {
  const byQuestion = new Map<string, GivenAnswer>();
  for (const a of answers) byQuestion.set(a.questionId, a);
  return [...byQuestion.values()];
}

function namesAny(question: Question, causes: ReadonlySet<CauseId>): boolean {
  return question.answers.some((a) =>
    Object.keys(a.likelihood).some((c) => causes.has(c as CauseId)),
  );
}

function shifts(before: Distribution, after: Distribution): Shift[] {
  const out: Shift[] = [];
  for (const [cause, p] of after) {
    const was = before.get(cause) ?? 0;
    if (Math.abs(p - was) >= 0.01) out.push({ cause, before: was, after: p });
  }
  return out.sort(
    (a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before),
  );
}

/** Rank causes and choose the next question for the answers given. */
export function runTriage(input: TriageInput): TriageResult {
  const byId = new Map(input.questions.map((q) => [q.id, q]));
  const answers = latestAnswers(input.answers);
  const current = posterior(input.priors, answers, byId);
  const ranking = rankCauses(current, input.priors, answers, byId);

  const last = answers.at(-1);
  const before = last
    ? posterior(input.priors, answers.slice(0, -1), byId)
    : priorDistribution(input.priors);
  const moved = last ? shifts(before, current) : [];

  const top = ranking[0];
  if (top && top.probability >= CLEAR_LEADER) {
    return { ranking, next: null, stop: 'clear-leader', moved };
  }

  const asked = new Set(answers.map((a) => a.questionId));
  const inPlay = new Set(
    [...current].filter(([, p]) => p >= IN_PLAY).map(([c]) => c),
  );
  const candidates = input.questions.filter(
    (q) => !asked.has(q.id) && namesAny(q, inPlay),
  );
  const next = chooseNextQuestion(current, candidates, MINIMUM_GAIN);
  return {
    ranking,
    next,
    stop: next ? null : 'nothing-left-to-learn',
    moved,
  };
}

/** Answers with "Not sure" removed: what actually informs the ranking. */
export function informativeAnswers(
  answers: readonly GivenAnswer[],
): GivenAnswer[] {
  return latestAnswers(answers).filter((a) => a.answerId !== NOT_SURE);
}
