/**
 * Wording that names a reason, lower-cased, gathered from the two topic
 * files. The decision in ./decide.ts weighs these against the status
 * code, the command and the provider.
 */
import type { Reason } from '../../../knowledge/vocabulary';
import { ADDRESS_PATTERNS } from './patterns-address';
import { POLICY_PATTERNS } from './patterns-policy';

/** Text patterns per reason. */
export const PATTERNS: Partial<Record<Reason, RegExp>> = {
  ...ADDRESS_PATTERNS,
  ...POLICY_PATTERNS,
};

// A decision asks about the same text many times over; the answers for
// the last text asked about are kept until another text comes.
let lastText = '';
const lastAnswers = new Map<Reason, boolean>();

/** True when the reason's wording appears in a lower-cased text. */
export function says(reason: Reason, text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswers.clear();
  }
  let answer = lastAnswers.get(reason);
  if (answer === undefined) {
    answer = PATTERNS[reason]?.test(text) ?? false;
    lastAnswers.set(reason, answer);
  }
  return answer;
}
