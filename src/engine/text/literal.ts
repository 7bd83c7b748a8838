/**
 * Finds, in a signature's regular expression, plain text that every match
 * must contain. Checking for that text with `includes` is far cheaper
 * than running the expression, and almost every signature fails it, so
 * matching a recipient only runs the few expressions that could match.
 *
 * The reading is deliberately timid: anything it does not fully
 * understand gives no literal, and the expression simply always runs.
 */

/** Escapes that stand for one character class or a zero-width test. */
const CLASS_ESCAPES = new Set(['s', 'S', 'd', 'D', 'w', 'W', 'b', 'B']);
const QUANTIFIER = /^\{\d+(?:,\d*)?\}/;
// A single character filters out too little to be worth the search.
const MIN_LENGTH = 2;

/** Collects the runs of plain characters in one alternative. */
class Runs {
  private current = '';
  readonly all: string[] = [];

  add(char: string): void {
    this.current += char;
  }

  /** A quantifier that may repeat zero times makes the last char optional. */
  dropLast(): void {
    this.current = this.current.slice(0, -1);
    this.end();
  }

  end(): void {
    this.keep(this.current);
    this.current = '';
  }

  /** Records a text that is known to occur, unless it is too short. */
  keep(run: string): void {
    if (run.length >= MIN_LENGTH && !this.all.includes(run)) this.all.push(run);
  }
}

/**
 * For each top-level alternative of `source`, the lower-case ASCII texts
 * it always contains: wherever `source` matches under the `i` flag, every
 * text of at least one alternative occurs there (ignoring ASCII case).
 * Null when no such promise can be made.
 */
export function requiredLiterals(source: string): string[][] | null {
  const found: string[][] = [];
  let runs = new Runs();

  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    const skipped = skipConstruct(source, i);
    if (skipped === null) return null;
    if (skipped > i) {
      runs.end();
      if (!optionalAfter(source, skipped + 1)) {
        for (const text of groupLiterals(source, i, skipped)) runs.keep(text);
      }
      i = skipped;
      continue;
    }
    if (char === '|') {
      if (!keep(found, runs)) return null;
      runs = new Runs();
    } else if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (isPunctuation(next)) runs.add(next);
      else if (CLASS_ESCAPES.has(next)) runs.end();
      else return null;
      i++;
    } else if (char === '?' || char === '*') {
      runs.dropLast();
    } else if (char === '{' && QUANTIFIER.test(source.slice(i))) {
      runs.dropLast();
      i = source.indexOf('}', i);
    } else if (char === '+' || !isPlain(char)) {
      runs.end();
    } else {
      runs.add(char.toLowerCase());
    }
  }
  return keep(found, runs) ? found : null;
}

/** True when the quantifier at `at` lets the thing before it be absent. */
function optionalAfter(source: string, at: number): boolean {
  const next = source[at];
  return next === '?' || next === '*' || /^\{0[,}]/.test(source.slice(at));
}

// What opens a group whose text is matched: plain, non-capturing, named.
const MATCHING_GROUP = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/;

/**
 * The texts a group from `open` to `close` always contains: those of its
 * only alternative. A class, a lookaround, or a group of alternatives
 * promises nothing here.
 */
function groupLiterals(source: string, open: number, close: number): string[] {
  const group = source.slice(open, close + 1);
  if (!group.startsWith('(')) return [];
  const opening = MATCHING_GROUP.exec(group)?.[0] ?? '(';
  // Any other `(?`: a lookaround, which matches no text of its own.
  if (opening === '(' && group.startsWith('(?')) return [];
  const inner = requiredLiterals(group.slice(opening.length, -1));
  return inner?.length === 1 ? (inner[0] ?? []) : [];
}

function keep(found: string[][], runs: Runs): boolean {
  runs.end();
  if (runs.all.length === 0) return false;
  found.push(runs.all);
  return true;
}

/**
 * The index of the last character of a group or class starting at `at`,
 * `at` itself when none starts there, or null when it never closes.
 */
function skipConstruct(source: string, at: number): number | null {
  const open = source[at];
  if (open !== '(' && open !== '[') return at;
  let depth = 0;
  let inClass = false;

  for (let i = at; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(') {
      depth++;
    } else if (char === ')') {
      depth--;
    }
    if (depth === 0 && !inClass) return i;
  }
  return null;
}

/** ASCII punctuation escaped with a backslash stands for itself. */
function isPunctuation(char: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(char);
}

/** ASCII text with no regular-expression meaning. */
function isPlain(char: string): boolean {
  return /^[ -~]$/.test(char) && !/^[.^$|()[\]{}*+?\\]$/.test(char);
}
