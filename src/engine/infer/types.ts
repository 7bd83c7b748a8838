/**
 * The vocabulary of a triage: what was answered, how the causes rank, and
 * what to ask next.
 */
import type { CauseId } from '../../knowledge/causes-ids';

/** The answer id that means "Not sure": always offered, moves nothing. */
export const NOT_SURE = 'not-sure';

/** Where an answer came from: the person, or the bounce itself. */
export type AnswerSource = 'person' | 'bounce';

/** One answered question. */
export interface GivenAnswer {
  questionId: string;
  answerId: string;
  source: AnswerSource;
  /** For answers read from the bounce: what in the bounce showed it. */
  note?: string;
}

/** A candidate cause with its prior weight, before any answer. */
export interface CausePrior {
  cause: CauseId;
  prior: number;
}

/** How one answer bears on one cause. */
export interface Evidence {
  questionId: string;
  answerId: string;
  source: AnswerSource;
  /** P(answer | cause) over the uniform chance: > 1 for, < 1 against. */
  weight: number;
}

/** A cause with its current probability and the evidence about it. */
export interface RankedCause {
  cause: CauseId;
  probability: number;
  prior: number;
  for: Evidence[];
  against: Evidence[];
}

/** How much an answer moved one cause. */
export interface Shift {
  cause: CauseId;
  before: number;
  after: number;
}

/** Why the ranking stopped asking, or null while questions remain. */
export type StopReason = 'clear-leader' | 'nothing-left-to-learn' | null;

/** The next question and why it is worth asking. */
export interface NextQuestion {
  questionId: string;
  /** Expected information gain, in bits. */
  gain: number;
  /** The causes in play whose likelihoods differ most on this question. */
  separates: CauseId[];
}
