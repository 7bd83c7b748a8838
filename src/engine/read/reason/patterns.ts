/**
 * Wording that names a reason, lower-cased, gathered from the two topic
 * files. The decision in ./decide.ts weighs these against the status
 * code, the command and the provider.
 */
import type { Reason } from '../../../knowledge/vocabulary';
import { PatternGate } from '../../text/pattern-gate';
import { ADDRESS_PATTERNS } from './patterns-address';
import { POLICY_PATTERNS } from './patterns-policy';

/** Text patterns per reason. */
export const PATTERNS: Partial<Record<Reason, RegExp>> = {
  ...ADDRESS_PATTERNS,
  ...POLICY_PATTERNS,
};

const ENTRIES = Object.entries(PATTERNS) as [Reason, RegExp][];
const POSITION = new Map(ENTRIES.map(([reason], at) => [reason, at]));
const GATE = new PatternGate(ENTRIES.map(([, pattern]) => pattern));

/** A lower-cased diagnostic, asked which reasons' wording it holds. */
export interface ReasonWords {
  text: string;
  /** True when the reason's wording appears in the text. */
  says(reason: Reason): boolean;
}

/**
 * Opens a lower-cased text for the many questions one decision asks of
 * it: each reason's expression runs at most once, and only when the text
 * holds the words it needs.
 */
export function reasonWords(text: string): ReasonWords {
  const gated = GATE.open(text);
  return {
    text,
    says: (reason) => {
      const at = POSITION.get(reason);
      return at !== undefined && gated.test(at);
    },
  };
}
