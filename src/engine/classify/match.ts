/**
 * Whether a knowledge-base signature fits what a bounce shows, and how
 * specifically. Plain functions over plain data, so the reader, the
 * reference search and the tests all share one notion of "matches".
 */
import type { Signature, SignatureMatch } from '../../knowledge/schema';

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

const patternCache = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let re = patternCache.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    patternCache.set(source, re);
  }
  return re;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A tag counts only as a whole token: `BL23` must not match `BL234`. */
function tagPattern(tag: string): RegExp {
  return pattern(`(?:^|[^A-Za-z0-9])${escapeRegExp(tag)}(?![A-Za-z0-9])`);
}

function statusNumber(status: string): number {
  const [a = 0, b = 0, c = 0] = status.split('.').map(Number);
  return a * 1_000_000 + b * 1_000 + c;
}

/** 3 for an exact code, `range` for a code inside a range, 0 otherwise. */
function statusScore(wanted: readonly string[], status: string): number {
  let best = 0;
  for (const entry of wanted) {
    const [low, high] = entry.split('-');
    if (!high) {
      if (low === status) return WEIGHT.status;
      continue;
    }
    const n = statusNumber(status);
    if (n >= statusNumber(low ?? '') && n <= statusNumber(high)) {
      best = WEIGHT.range;
    }
  }
  return best;
}

function findTag(match: SignatureMatch, text: string): string | null {
  for (const tag of match.tags ?? []) {
    if (tagPattern(tag).test(text)) return tag;
  }
  return null;
}

function textFound(match: SignatureMatch, text: string): boolean {
  return (match.text ?? []).some((source) => pattern(source).test(text));
}

/**
 * Score one signature against a recipient's facts: null when it does not
 * fit, otherwise higher for a more specific fit (tag over text over code).
 */
export function matchSignature(
  signature: Signature,
  facts: MatchFacts,
): SignatureHit | null {
  const { match } = signature;
  let score = 0;

  if (match.requireProvider && !facts.provider) return null;
  if (match.providers && facts.provider) {
    if (!match.providers.includes(facts.provider)) return null;
    score += WEIGHT.provider;
  }
  if (match.replyCodes && facts.replyCode) {
    if (!match.replyCodes.includes(facts.replyCode)) return null;
    score += WEIGHT.reply;
  }
  if (match.statuses && facts.status) {
    const s = statusScore(match.statuses, facts.status);
    if (s === 0) return null;
    score += s;
  }

  const tag = findTag(match, facts.diagnostic);
  const text = textFound(match, facts.diagnostic);
  const needsWords = Boolean(match.tags?.length || match.text?.length);
  if (needsWords && !tag && !text) return null;
  if (!needsWords && !(match.statuses && facts.status)) return null;

  if (tag) score += WEIGHT.tag;
  if (text) score += WEIGHT.text;
  return { signature, score, tag };
}

/** Every fitting signature, best first (ties keep knowledge-base order). */
export function rankSignatures(
  facts: MatchFacts,
  signatures: readonly Signature[],
): SignatureHit[] {
  const hits: SignatureHit[] = [];
  for (const signature of signatures) {
    const hit = matchSignature(signature, facts);
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
  let best: SignatureHit | null = null;
  for (const signature of signatures) {
    const hit = matchSignature(signature, facts);
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  return best;
}
