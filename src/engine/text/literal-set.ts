/**
 * Finds which of many lower-case ASCII texts occur in a string, in one
 * pass over it: an Aho–Corasick automaton flattened into a table, so each
 * character costs one lookup. Matching a recipient asks "does the
 * diagnostic contain this text?" for hundreds of texts; one pass answers
 * them all for less than a handful of `includes` calls would cost.
 */

interface TrieNode {
  next: Map<number, number>;
  /** Ids of the texts ending here. */
  ends: number[];
}

/** A fixed set of texts, searched for all at once, ignoring ASCII case. */
export class LiteralSet {
  /** Character code (below 128) to column; 0 for characters no text has. */
  private readonly column = new Uint8Array(128);
  private readonly width: number;
  /**
   * `table[row + column]` is the row of the state after that character,
   * a row being `state * width`, so the scan multiplies nothing. It is
   * bitwise negated (`~row`) where some text ends at that state, so the
   * scan loop only looks further on the few steps that end a text.
   */
  private readonly table: Int16Array | Int32Array;
  /**
   * Ids of the texts that end at a state, its fail states included:
   * `ends[starts[state]]` up to `ends[starts[state + 1]]`, flat so the
   * scan loop touches no arrays for the many states that end nothing.
   */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  readonly size: number;
  /** `found[id] === scans` when text `id` occurred in the latest scan. */
  private readonly found: Int32Array;
  private scans = 0;

  constructor(texts: readonly string[]) {
    this.size = texts.length;
    this.found = new Int32Array(texts.length);
    this.width = this.assignColumns(texts);
    const trie = buildTrie(texts, this.column);
    const states = new Int32Array(trie.length * this.width);
    const output = this.fill(trie, states);
    this.table = this.rows(states, output);
    this.starts = new Int32Array(output.length + 1);
    let total = 0;
    output.forEach((ids, state) => {
      total += ids.length;
      this.starts[state + 1] = total;
    });
    this.ends = Int32Array.from(output.flat());
  }

  /**
   * Ids (positions in the constructor's list) of the texts found, each
   * once. What was found is marked in one buffer every scan reuses.
   */
  find(haystack: string): number[] {
    const ids: number[] = [];
    const { column, table, width, starts, ends, found } = this;
    const scan = ++this.scans;
    let row = 0;

    for (let i = 0; i < haystack.length; i++) {
      const code = haystack.charCodeAt(i);
      // Typed arrays read 0 past their end, which is the root state.
      const next = table[row + (code < 128 ? (column[code] ?? 0) : 0)] ?? 0;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = ~next;
      const state = row / width;
      const last = starts[state + 1] ?? 0;
      for (let at = starts[state] ?? 0; at < last; at++) {
        const id = ends[at] ?? 0;
        if (found[id] === scan) continue;
        found[id] = scan;
        ids.push(id);
      }
    }
    return ids;
  }

  /** True when text `id` occurred in the haystack of the latest `find`. */
  foundLast(id: number): boolean {
    return this.found[id] === this.scans;
  }

  /** True when every one of these texts occurred in the latest `find`. */
  foundAllLast(ids: readonly number[]): boolean {
    for (const id of ids) if (!this.foundLast(id)) return false;
    return true;
  }

  /**
   * The scan table: each step's state as its row, negated where a text
   * ends; 16-bit cells where the rows allow, so it takes less cache.
   */
  private rows(
    states: Int32Array,
    output: readonly number[][],
  ): Int16Array | Int32Array {
    const small = states.length <= 0x8000;
    const table = small
      ? new Int16Array(states.length)
      : new Int32Array(states.length);
    for (let at = 0; at < states.length; at++) {
      const state = states[at] ?? 0;
      const row = state * this.width;
      table[at] = (output[state]?.length ?? 0) > 0 ? ~row : row;
    }
    return table;
  }

  /** Upper and lower case letters share a column, as the texts are lower. */
  private assignColumns(texts: readonly string[]): number {
    let width = 1;
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (this.column[code] !== 0) continue;
        this.column[code] = width;
        if (code >= 97 && code <= 122) this.column[code - 32] = width;
        width++;
      }
    }
    return width;
  }

  /**
   * Fills the table breadth first, so a state's fail state is complete
   * before it, and returns the texts ending at each state.
   */
  private fill(trie: readonly TrieNode[], table: Int32Array): number[][] {
    const output = trie.map((node) => [...node.ends]);
    const fail = new Int32Array(trie.length);
    const queue = [0];

    for (const state of queue) {
      const row = state * this.width;
      const failRow = (fail[state] ?? 0) * this.width;
      const next = trie[state]?.next;
      for (let c = 0; c < this.width; c++) {
        const viaFail = state === 0 ? 0 : (table[failRow + c] ?? 0);
        const child = next?.get(c);
        if (child === undefined) {
          table[row + c] = viaFail;
          continue;
        }
        fail[child] = viaFail;
        output[child]?.push(...(output[viaFail] ?? []));
        table[row + c] = child;
        queue.push(child);
      }
    }
    return output;
  }
}

/** A trie over column numbers; node 0 is the root. */
function buildTrie(texts: readonly string[], column: Uint8Array): TrieNode[] {
  const root: TrieNode = { next: new Map(), ends: [] };
  const trie = [root];
  texts.forEach((text, id) => {
    let at = root;
    for (let i = 0; i < text.length; i++) {
      const c = column[text.charCodeAt(i)] ?? 0;
      let next = trie[at.next.get(c) ?? -1];
      if (!next) {
        next = { next: new Map(), ends: [] };
        at.next.set(c, trie.length);
        trie.push(next);
      }
      at = next;
    }
    at.ends.push(id);
  });
  return trie;
}
