/**
 * Whether a knowledge-base signature fits what a bounce shows, and how
 * specifically. Plain functions over plain data, so the reader, the
 * reference search and the tests all share one notion of "matches".
 *
 * A signature list is compiled once (see signature-index.ts), so a
 * recipient runs only the expressions whose text its diagnostic holds and
 * scores only the signatures those expressions belong to. The result is
 * the same as scoring every signature in turn.
 */
import type { Signature } from '../../knowledge/schema';
import {
  buildIndex,
  findWords,
  statusNumber,
  type CompiledSignature,
  type SignatureIndex,
  type WordHits,
} from './signature-index';

/** The facts of one recipient that signatures are matched against. */
export interface MatchFacts {
  diagnostic: string;
  replyCode: string | null;
  status: string | null;
  provider: string | null;
}

/** A signature that fits, with how strongly and which tag it saw. */
export interface SignatureHit {
  signature: Signature;
  score: number;
  tag: string | null;
}

const WEIGHT = { tag: 16, text: 8, status: 4, range: 3, provider: 2, reply: 1 };

const indexes = new WeakMap<readonly Signature[], SignatureIndex>();
const singles = new WeakMap<Signature, readonly Signature[]>();

function indexOf(signatures: readonly Signature[]): SignatureIndex {
  let index = indexes.get(signatures);
  if (!index) {
    index = buildIndex(signatures);
    indexes.set(signatures, index);
  }
  return index;
}

/** 4 for an exact code, 3 for a code inside a range, 0 otherwise. */
function statusScore(
  compiled: CompiledSignature,
  status: string,
  number: number,
): number {
  if (compiled.exactStatuses.includes(status)) return WEIGHT.status;
  for (const [low, high] of compiled.statusRanges) {
    if (number >= low && number <= high) return WEIGHT.range;
  }
  return 0;
}

/** Every dimension the signature gives must agree with the bounce. */
function codesScore(
  compiled: CompiledSignature,
  facts: MatchFacts,
  status: number,
): number | null {
  const { match } = compiled.signature;
  let total = 0;

  if (match.requireProvider && !facts.provider) return null;
  if (match.providers && facts.provider) {
    if (!match.providers.includes(facts.provider)) return null;
    total += WEIGHT.provider;
  }
  if (match.replyCodes && facts.replyCode) {
    if (!match.replyCodes.includes(facts.replyCode)) return null;
    total += WEIGHT.reply;
  }
  if (match.statuses && facts.status) {
    const s = statusScore(compiled, facts.status, status);
    if (s === 0) return null;
    total += s;
  }
  return total;
}

/** The score of one compiled signature, or null when it does not fit. */
function score(
  compiled: CompiledSignature,
  facts: MatchFacts,
  words: WordHits,
  status: number,
): SignatureHit | null {
  const codes = codesScore(compiled, facts, status);
  if (codes === null) return null;

  const tagAt = compiled.tags.findIndex((p) => words.matched.includes(p));
  const tag =
    tagAt < 0 ? null : (compiled.signature.match.tags?.[tagAt] ?? null);
  const text = compiled.texts.some((p) => words.matched.includes(p));
  if (compiled.needsWords && !tag && !text) return null;
  if (
    !compiled.needsWords &&
    !(compiled.signature.match.statuses && facts.status)
  ) {
    return null;
  }

  const total = codes + (tag ? WEIGHT.tag : 0) + (text ? WEIGHT.text : 0);
  return { signature: compiled.signature, score: total, tag };
}

/**
 * Score one signature against a recipient's facts: null when it does not
 * fit, otherwise higher for a more specific fit (tag over text over code).
 */
export function matchSignature(
  signature: Signature,
  facts: MatchFacts,
): SignatureHit | null {
  let list = singles.get(signature);
  if (!list) {
    list = [signature];
    singles.set(signature, list);
  }
  return rankSignatures(facts, list)[0] ?? null;
}

/** Every fitting signature, best first (ties keep knowledge-base order). */
export function rankSignatures(
  facts: MatchFacts,
  signatures: readonly Signature[],
): SignatureHit[] {
  const index = indexOf(signatures);
  const words = findWords(index, facts.diagnostic);
  const status = facts.status ? statusNumber(facts.status) : 0;
  const hits: SignatureHit[] = [];

  for (const compiled of words.candidates) {
    const hit = score(compiled, facts, words, status);
    if (hit) hits.push(hit);
  }
  // Array.prototype.sort is stable, so equal scores keep their order.
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * The best-fitting signature, or null. Ties go to the earlier entry, so
 * the knowledge base's order is the tie-break and results never depend
 * on anything but the input.
 */
export function bestSignature(
  facts: MatchFacts,
  signatures: readonly Signature[],
): SignatureHit | null {
  return rankSignatures(facts, signatures)[0] ?? null;
}
