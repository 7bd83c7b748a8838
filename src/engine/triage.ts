/**
 * A triage: one reading, the recipient being looked at, the answers given
 * and the progress on the checklist. It is what gets saved, exported and
 * shared; rankings and checklists are derived from it, never stored.
 */
import type { GivenAnswer } from './infer/types';
import type { Reading, RecipientReading } from './reading';

export interface Triage {
  id: string;
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
  reading: Reading;
  /** Which recipient of the reading is being triaged. */
  recipientIndex: number;
  answers: GivenAnswer[];
  /** The person chose to stop answering questions. */
  stopped: boolean;
  /** Checklist item id → done. */
  ticks: Record<string, boolean>;
  /** Checklist item id → the person's note. */
  notes: Record<string, string>;
}

/** Start a triage for a reading, with the answers the bounce gives. */
export function newTriage(
  id: string,
  now: string,
  reading: Reading,
  answers: GivenAnswer[],
): Triage {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    reading,
    recipientIndex: 0,
    answers,
    stopped: false,
    ticks: {},
    notes: {},
  };
}

/** The recipient this triage is about, if the reading has any. */
export function triagedRecipient(
  triage: Pick<Triage, 'reading' | 'recipientIndex'>,
): RecipientReading | undefined {
  const { recipients } = triage.reading;
  return recipients[triage.recipientIndex] ?? recipients[0];
}

/** Set or replace the answer to one question. */
export function withAnswer(
  answers: readonly GivenAnswer[],
  answer: GivenAnswer,
): GivenAnswer[] {
  const rest = answers.filter((a) => a.questionId !== answer.questionId);
  return [...rest, answer];
}
