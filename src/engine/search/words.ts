/**
 * Word matching for the code search: the query's words against a
 * signature's title, codes, provider, example and explanation.
 */
import type { Signature } from '../../knowledge/schema';

/** Words too common in bounces to say anything about one. */
const STOP = new Set([
  'the',
  'and',
  'for',
  'you',
  'your',
  'our',
  'are',
  'was',
  'were',
  'not',
  'from',
  'this',
  'that',
  'with',
  'has',
  'have',
  'been',
  'please',
]);

/** Lower-case words of two or more characters, stop words dropped. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

/** A signature's searchable text, field by field, with each field's weight. */
export interface WordFields {
  words: ReadonlySet<string>;
  weight: number;
}

/** The fields of a signature that words are matched against. */
export function fieldsOf(
  signature: Signature,
  providerName: string,
): WordFields[] {
  const { tags = [], statuses = [], replyCodes = [] } = signature.match;
  const field = (text: string, weight: number) => ({
    words: new Set(wordsOf(text)),
    weight,
  });
  return [
    field(signature.title, 3),
    field([...tags, ...statuses, ...replyCodes].join(' '), 3),
    field(`${providerName} ${signature.provider}`, 2),
    field(signature.example, 1),
    field(signature.happening, 1),
  ];
}

/** Two-letter words must match whole; longer ones also match a prefix. */
function matches(candidate: string, word: string): boolean {
  return word.length < 3 ? candidate === word : candidate.startsWith(word);
}

function weightOf(word: string, fields: readonly WordFields[]): number {
  let best = 0;
  for (const { words, weight } of fields) {
    if (weight <= best) continue;
    for (const w of words) {
      if (matches(w, word)) {
        best = weight;
        break;
      }
    }
  }
  return best;
}

/** How many query words a signature matches, and their summed weight. */
export function wordScore(
  words: readonly string[],
  fields: readonly WordFields[],
): { matched: number; score: number } {
  let matched = 0;
  let score = 0;
  for (const word of words) {
    const weight = weightOf(word, fields);
    if (weight === 0) continue;
    matched += 1;
    score += weight;
  }
  return { matched, score };
}
