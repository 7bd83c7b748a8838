/**
 * A fixed list of expressions asked of one text after another. Most of
 * them cannot match most texts, and each says so through the plain words
 * every match of it must contain: one pass over the text finds which of
 * those words it holds, and only the expressions they leave possible run.
 * The answers are exactly those of running every expression.
 */
import { requiredLiterals } from './literal';
import { LiteralSet } from './literal-set';

/** One text, ready to be asked about each expression of a gate. */
export interface GatedText {
  /** False when expression `index` cannot match: the text lacks its words. */
  may(index: number): boolean;
  /** True when expression `index` of the gate matches the text. */
  test(index: number): boolean;
}

/** One top-level alternative: the literal ids that must all occur. */
interface Need {
  pattern: number;
  literals: number[];
}

// Answers kept per expression while a text is open.
const UNKNOWN = 0;
const MATCHES = 1;
const FAILS = 2;

/** Expressions compiled once, with the words each one needs indexed. */
export class PatternGate {
  private readonly literals: LiteralSet;
  /** Per literal id: the alternatives whose longest text it is. */
  private readonly needsByLiteral: Need[][] = [];
  /** Fresh answers: the expressions no words can gate start unknown. */
  private readonly initial: Uint8Array;

  constructor(private readonly patterns: readonly RegExp[]) {
    const ids = new Map<string, number>();
    const id = (text: string): number => {
      let known = ids.get(text);
      if (known === undefined) {
        known = ids.size;
        ids.set(text, known);
        this.needsByLiteral.push([]);
      }
      return known;
    };

    this.initial = new Uint8Array(patterns.length).fill(FAILS);
    patterns.forEach((regex, pattern) => {
      const alternatives = wordsNeeded(regex);
      if (!alternatives) {
        this.initial[pattern] = UNKNOWN;
        return;
      }
      for (const texts of alternatives) {
        const sorted = [...texts].sort((a, b) => b.length - a.length);
        const literals = sorted.map(id);
        this.needsByLiteral[literals[0] ?? 0]?.push({ pattern, literals });
      }
    });
    this.literals = new LiteralSet([...ids.keys()]);
  }

  /** Scans a text once; the view runs each possible expression lazily. */
  open(text: string): GatedText {
    const answers = this.initial.slice();
    const { literals } = this;
    for (const literal of literals.find(text)) {
      for (const need of this.needsByLiteral[literal] ?? []) {
        if (literals.foundAllLast(need.literals))
          answers[need.pattern] = UNKNOWN;
      }
    }

    const { patterns } = this;
    return {
      may: (index) => answers[index] !== FAILS,
      test(index: number): boolean {
        const known = answers[index];
        if (known !== UNKNOWN) return known === MATCHES;
        const regex = patterns[index];
        if (!regex) return false;
        regex.lastIndex = 0;
        const matches = regex.test(text);
        answers[index] = matches ? MATCHES : FAILS;
        return matches;
      },
    };
  }
}

/**
 * The words an expression needs, or null when it cannot be gated. The
 * literal reading ignores ASCII case only, so expressions whose `i` flag
 * folds Unicode (`u`, `v`) always run.
 */
export function wordsNeeded(regex: RegExp): string[][] | null {
  if (regex.unicode || regex.flags.includes('v')) return null;
  return requiredLiterals(regex.source);
}
