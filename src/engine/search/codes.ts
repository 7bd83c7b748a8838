/**
 * The codes a query names: provider tags, enhanced status codes and SMTP
 * reply codes, and how strongly a signature answers to them.
 */
import type { Signature } from '../../knowledge/schema';

/** Points for a query naming one of a signature's provider tags. */
export const TAG_HIT = 100;
/** Points for an enhanced status the signature lists or covers. */
export const STATUS_HIT = 30;
/** Points for a reply code the signature lists. */
export const REPLY_HIT = 10;

const STATUS = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/g;
const REPLY = /(?<![\d.])[245]\d\d(?![\d.])/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The codes found in a query, once each. */
export interface QueryCodes {
  statuses: string[];
  replyCodes: string[];
}

/** Pick the enhanced status and reply codes out of free text. */
export function codesIn(query: string): QueryCodes {
  const unique = (found: RegExpMatchArray | null) => [...new Set(found)];
  return {
    statuses: unique(query.match(STATUS)),
    replyCodes: unique(query.match(REPLY)),
  };
}

function numbers(status: string): number[] {
  return status.split('.').map(Number);
}

function compare(a: string, b: string): number {
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** True when a status equals an entry or falls inside its range. */
export function statusCovered(status: string, entry: string): boolean {
  const [low, high] = entry.split('-');
  if (!low) return false;
  if (!high) return status === low;
  return compare(status, low) >= 0 && compare(status, high) <= 0;
}

/** True when `tag` stands in `text` as a whole token, case-insensitively. */
export function hasTag(text: string, tag: string): boolean {
  const lower = text.toLowerCase();
  const needle = tag.toLowerCase();
  let at = lower.indexOf(needle);
  while (at >= 0) {
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + needle.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
    at = lower.indexOf(needle, at + 1);
  }
  return false;
}

/** How strongly a signature answers to the codes in a query; 0 for none. */
export function codeScore(
  query: string,
  codes: QueryCodes,
  signature: Signature,
): number {
  const { tags = [], statuses = [], replyCodes = [] } = signature.match;
  const tagHits = tags.filter((t) => hasTag(query, t)).length;
  const statusHits = codes.statuses.filter((s) =>
    statuses.some((entry) => statusCovered(s, entry)),
  ).length;
  const replyHits = codes.replyCodes.filter((c) =>
    replyCodes.includes(c),
  ).length;
  return tagHits * TAG_HIT + statusHits * STATUS_HIT + replyHits * REPLY_HIT;
}
