/**
 * A signature list compiled for matching many recipients: every
 * expression built once, status ranges as numbers, and an index from the
 * plain text each expression requires to the signatures that use it.
 *
 * A signature that gives tags or text can only fit a recipient whose
 * diagnostic matches one of them. So instead of running every
 * signature's expressions, one pass over the diagnostic finds the
 * required texts it contains, only those expressions run, and only the
 * signatures they belong to are scored.
 */
import type { Signature } from '../../knowledge/schema';
import { requiredLiterals } from '../text/literal';
import { LiteralSet } from '../text/literal-set';

/** One distinct expression and the signatures that use it. */
export interface Pattern {
  regex: RegExp;
  users: CompiledSignature[];
}

/** A signature's fixed facts, ready to be scored. */
export interface CompiledSignature {
  signature: Signature;
  /** Its position in the list: the tie-break. */
  at: number;
  /** Its tags' expressions, in the signature's order. */
  tags: Pattern[];
  texts: Pattern[];
  exactStatuses: string[];
  statusRanges: [low: number, high: number][];
  /** Tags or text are given, so one of them must be found. */
  needsWords: boolean;
}

/** One top-level alternative of an expression, by the texts it needs. */
interface Alternative {
  pattern: Pattern;
  /** Literal ids that must all occur for this alternative to match. */
  literals: number[];
}

/** A compiled signature list. */
export interface SignatureIndex {
  signatures: CompiledSignature[];
  /** Expressions with no required text: they always run. */
  alwaysRun: Pattern[];
  /** Signatures that need no words: always scored. */
  wordless: CompiledSignature[];
  literals: LiteralSet;
  /** Per literal id: the alternatives whose rarest text it is. */
  literalUsers: Alternative[][];
}

/** Which expressions matched a diagnostic, and who could fit it. */
export interface WordHits {
  matched: Pattern[];
  /** Signatures worth scoring, in list order. */
  candidates: CompiledSignature[];
}

/** Parses `5.7.1` into one comparable number. */
export function statusNumber(status: string): number {
  const [a = 0, b = 0, c = 0] = status.split('.').map(Number);
  return a * 1_000_000 + b * 1_000 + c;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A tag counts only as a whole token: `BL23` must not match `BL234`. */
function tagSource(tag: string): string {
  return `(?:^|[^A-Za-z0-9])${escapeRegExp(tag)}(?![A-Za-z0-9])`;
}

/** Builds each distinct expression once and indexes its texts. */
class Builder {
  private readonly patterns = new Map<string, Pattern>();
  private readonly literalIds = new Map<string, number>();
  private readonly literalUsers: Alternative[][] = [];
  private readonly alwaysRun: Pattern[] = [];

  pattern(source: string, user: CompiledSignature): Pattern {
    let pattern = this.patterns.get(source);
    if (!pattern) {
      pattern = { regex: new RegExp(source, 'i'), users: [] };
      this.patterns.set(source, pattern);
      this.require(pattern, requiredLiterals(source));
    }
    if (pattern.users.at(-1) !== user) pattern.users.push(user);
    return pattern;
  }

  finish(signatures: CompiledSignature[]): SignatureIndex {
    return {
      signatures,
      alwaysRun: this.alwaysRun,
      wordless: signatures.filter((s) => !s.needsWords),
      literals: new LiteralSet([...this.literalIds.keys()]),
      literalUsers: this.literalUsers,
    };
  }

  private require(pattern: Pattern, needs: string[][] | null): void {
    if (!needs) {
      this.alwaysRun.push(pattern);
      return;
    }
    for (const texts of needs) {
      // The longest texts are the rarest: the first is the one indexed,
      // the second confirms it. More would only grow the search table.
      const sorted = [...texts].sort((a, b) => b.length - a.length);
      const literals = sorted.slice(0, 2).map((text) => this.literal(text));
      this.literalUsers[literals[0] ?? 0]?.push({ pattern, literals });
    }
  }

  private literal(text: string): number {
    let id = this.literalIds.get(text);
    if (id === undefined) {
      id = this.literalIds.size;
      this.literalIds.set(text, id);
      this.literalUsers.push([]);
    }
    return id;
  }
}

function compileOne(
  builder: Builder,
  signature: Signature,
  at: number,
): CompiledSignature {
  const { match } = signature;
  const compiled: CompiledSignature = {
    signature,
    at,
    tags: [],
    texts: [],
    exactStatuses: [],
    statusRanges: [],
    needsWords: Boolean(match.tags?.length || match.text?.length),
  };
  for (const tag of match.tags ?? []) {
    compiled.tags.push(builder.pattern(tagSource(tag), compiled));
  }
  for (const source of match.text ?? []) {
    compiled.texts.push(builder.pattern(source, compiled));
  }
  for (const entry of match.statuses ?? []) {
    const [low = '', high] = entry.split('-');
    if (!high) compiled.exactStatuses.push(low);
    else compiled.statusRanges.push([statusNumber(low), statusNumber(high)]);
  }
  return compiled;
}

/** Compiles a signature list; positions keep the list's order. */
export function buildIndex(signatures: readonly Signature[]): SignatureIndex {
  const builder = new Builder();
  const compiled = signatures.map((s, at) => compileOne(builder, s, at));
  return builder.finish(compiled);
}

/**
 * Runs only the expressions whose required texts the diagnostic holds.
 * Not re-entrant: it uses the index's literal scanner state.
 */
export function findWords(index: SignatureIndex, diagnostic: string): WordHits {
  const { literals } = index;
  const tried = new Set<Pattern>();
  const hits: WordHits = { matched: [], candidates: [...index.wordless] };

  const test = (pattern: Pattern): void => {
    if (tried.has(pattern)) return;
    tried.add(pattern);
    if (!pattern.regex.test(diagnostic)) return;
    hits.matched.push(pattern);
    hits.candidates.push(...pattern.users);
  };
  for (const literal of literals.find(diagnostic)) {
    for (const { pattern, literals: needed } of index.literalUsers[literal] ??
      []) {
      if (literals.foundAllLast(needed)) test(pattern);
    }
  }
  index.alwaysRun.forEach(test);

  hits.candidates = [...new Set(hits.candidates)].sort((a, b) => a.at - b.at);
  return hits;
}
