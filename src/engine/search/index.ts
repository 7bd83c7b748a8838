/**
 * The code search behind the reference pages: a query (a code, a tag, a
 * provider, a few words or a whole pasted bounce) ranks the signatures.
 */
import type { Signature } from '../../knowledge/schema';
import { codeScore, codesIn } from './codes';
import { fieldsOf, wordScore, wordsOf } from './words';

export { codesIn, hasTag, statusCovered } from './codes';
export { wordsOf } from './words';

/** The name people know each signature provider by, keyed by id. */
export type ProviderNames = ReadonlyMap<string, string>;

/** Signatures of one provider, in knowledge-base order. */
export interface ProviderGroup {
  provider: string;
  name: string;
  signatures: Signature[];
}

interface Scored {
  signature: Signature;
  index: number;
  code: number;
  matched: number;
  words: number;
}

function byRank(a: Scored, b: Scored): number {
  return (
    b.code - a.code ||
    b.matched - a.matched ||
    b.words - a.words ||
    a.index - b.index
  );
}

/**
 * Rank the signatures for a query: code and tag hits first, then word
 * matches; those matching nothing are left out. An empty query returns
 * every signature in knowledge-base order.
 */
export function searchSignatures(
  query: string,
  signatures: readonly Signature[],
  names: ProviderNames,
): Signature[] {
  if (query.trim() === '') return [...signatures];

  const codes = codesIn(query);
  const words = wordsOf(query);
  const scored: Scored[] = signatures.map((signature, index) => {
    const name = names.get(signature.provider) ?? signature.provider;
    const hit = wordScore(words, fieldsOf(signature, name));
    const code = codeScore(query, codes, signature);
    return { signature, index, code, matched: hit.matched, words: hit.score };
  });

  return scored
    .filter((s) => s.code > 0 || s.matched > 0)
    .sort(byRank)
    .map((s) => s.signature);
}

/** Group signatures by provider, each group where its first entry stands. */
export function groupByProvider(
  signatures: readonly Signature[],
  names: ProviderNames,
): ProviderGroup[] {
  const groups = new Map<string, ProviderGroup>();
  for (const signature of signatures) {
    const { provider } = signature;
    let group = groups.get(provider);
    if (!group) {
      group = {
        provider,
        name: names.get(provider) ?? provider,
        signatures: [],
      };
      groups.set(provider, group);
    }
    group.signatures.push(signature);
  }
  return [...groups.values()];
}

/** A query this long is pasted text rather than something typed. */
export const BOUNCE_LENGTH = 60;

const CODE = /(?<![\d.])(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})(?![\d.])/;
const PROSE = /\p{L}{3,}(?:\s+\p{L}{2,}){2}/u;

/**
 * True when a query reads like a bounce (a code followed by a sentence,
 * or long pasted text), so the real reader should look at it too.
 */
export function looksLikeBounce(query: string): boolean {
  const text = query.trim();
  if (text.length > BOUNCE_LENGTH) return true;
  return CODE.test(text) && PROSE.test(text);
}

/** Move the signature with this id to the front, adding it if missing. */
export function promote(
  ranked: readonly Signature[],
  id: string | null,
  signatures: readonly Signature[],
): Signature[] {
  if (!id) return [...ranked];
  const match = signatures.find((s) => s.id === id);
  if (!match) return [...ranked];
  return [match, ...ranked.filter((s) => s.id !== id)];
}
