/**
 * Helpers shared by the decoders of plain-text bounce formats: where the
 * returned message starts, and which lines carry the server's words.
 */

/** Lines that introduce the returned original message. */
const ORIGINAL_MARKERS = [
  /^\s*-+\s*(?:original message|returned message|unsent message|below this line is a copy|this is a copy of|the header of the original|original mail|message headers? follows?|headers of the original)/i,
  /^\s*-*\s*original message (?:follows|headers)/i,
  /^\s*(?:message headers follow|included is a copy of the message|original message headers|the original message headers? (?:is|are) )/i,
  /^\s*the attachment contains the original mail headers/i,
  /^\s*-+\s*(?:original\s*message|mensagem original|message d'origine|urspr[üu]ngliche nachricht)/i,
  /^\s*content-type:\s*(?:message\/rfc822|text\/rfc822-headers)/i,
];
const ORIGINAL_MARKER = new RegExp(
  ORIGINAL_MARKERS.map((m) => `(?:${m.source})`).join('|'),
  'i',
);
const HEADERISH =
  /^(?:Received|Return-Path|From|Message-ID|Date|To|Subject|X-[\w-]+|DKIM-Signature|MIME-Version|Delivered-To|Content-Type):/i;
const RULE = /^\s*[-=_*]{5,}\s*$/;
const TRACE = /^(?:Received|Return-Path):/i;

// Any line that might start the original, as one expression tried at
// each line start in turn: a sticky test fails at the first character
// of most lines, which is cheaper than one search through the text.
// Blanks here never cross a line end, as they cannot in a single line.
const MAYBE_ORIGINAL = new RegExp(
  [ORIGINAL_MARKER.source, RULE.source, TRACE.source]
    .map((source) => `(?:${source.replaceAll('\\s', '[^\\S\\n]')})`)
    .join('|'),
  'imy',
);

/** The notice and the returned header block, split at the marker line. */
export function splitAtOriginal(text: string): {
  notice: string;
  original: string | null;
} {
  for (let start = 0; start < text.length;) {
    const end = lineEnd(text, start);
    MAYBE_ORIGINAL.lastIndex = start;
    if (MAYBE_ORIGINAL.test(text)) {
      const line = text.slice(start, end);
      const notice = start === 0 ? '' : text.slice(0, start - 1);
      const ruled = RULE.test(line) && HEADERISH.test(nextNonEmpty(text, end));
      if (ORIGINAL_MARKER.test(line) || ruled) {
        return { notice, original: headerBlock(text.slice(end + 1)) };
      }
      if (TRACE.test(line) && start > 0) {
        return { notice, original: headerBlock(text.slice(start)) };
      }
    }
    start = end + 1;
  }
  return { notice: text, original: null };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

/** The first line with text among the three after a line's end. */
function nextNonEmpty(text: string, end: number): string {
  for (let n = 0, at = end + 1; n < 3 && at <= text.length; n++) {
    const next = lineEnd(text, at);
    const line = text.slice(at, next);
    if (line.trim()) return line;
    at = next + 1;
  }
  return '';
}

/** The header block that starts after any blank lines of a text. */
function headerBlock(rest: string): string | null {
  const start = rest.search(/\S/);
  if (start < 0) return null;
  const lineStart = rest.lastIndexOf('\n', start) + 1;
  const blank = rest.indexOf('\n\n', lineStart);
  const block = rest
    .slice(lineStart, blank < 0 ? undefined : blank)
    .replace(/\n$/, '');
  return HEADERISH.test(block) ? block : null;
}

/** An SMTP reply at the start of a line or after `said:`. */
export const SMTP_REPLY = /(?:^|said:?\s*|\s#|:\s)([245]\d\d)(?:[ -]|$)/m;

const NEXT_RECIPIENT = /^\s*<?[^\s<>@]+@[^\s<>]+>?:\s/;

/** Lines mentioning an address and what follows them, for a diagnostic. */
export function diagnosticNear(
  notice: NoticeLines,
  address: string | null,
): string | null {
  const lower = address?.toLowerCase() ?? '';
  // A list of failed addresses often names the address bare; the words
  // come where it is named again, in the transcript.
  for (const at of notice.naming(address)) {
    const text = storyFrom(notice.lines, at, lower);
    if (/[a-z]{3}/i.test(text)) return text;
  }
  return null;
}

/** The address's line and those that follow it, up to the next story. */
function storyFrom(lines: string[], at: number, lower: string): string {
  const block: string[] = [];
  for (let i = at; i < lines.length && block.length < 8; i++) {
    const line = lines[i] ?? '';
    if (!line.trim() || (i > at && RULE.test(line))) break;
    // The next recipient's own line starts the next story.
    const other = !line.toLowerCase().includes(lower);
    if (i > at && other && NEXT_RECIPIENT.test(line)) break;
    block.push(line.trim());
  }
  return block
    .join(' ')
    .replace(/^\S*@\S*\s*/, '')
    .trim();
}

// The lookbehind lets a match start only where a local part can start,
// which keeps a long run of letters without an "@" linear, not quadratic.
const ADDRESS =
  /(?<![\w.+=!#$%&'*/?^`{|}~-])[\w.+=!#$%&'*/?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Email addresses in a piece of text, lower case, in order, unique. */
export function addressesIn(text: string): string[] {
  const seen = new Set<string>();
  for (const address of text.match(ADDRESS) ?? []) {
    seen.add(address.toLowerCase());
  }
  return [...seen];
}

/** A notice cut into lines once, to find the lines naming each address. */
export class NoticeLines {
  readonly lines: string[];
  private readonly lower: string;
  private lowerLines: string[] | null = null;

  constructor(notice: string) {
    this.lines = notice.split('\n');
    this.lower = notice.toLowerCase();
  }

  /**
   * The positions of the lines that name an address, in any case. Lower
   * casing never adds or takes away a line end, so the lines correspond.
   */
  naming(address: string | null): number[] {
    const wanted = address?.toLowerCase();
    if (!wanted || !this.lower.includes(wanted)) return [];
    this.lowerLines ??= this.lower.split('\n');
    const naming: number[] = [];
    this.lowerLines.forEach((line, i) => {
      if (line.includes(wanted)) naming.push(i);
    });
    return naming;
  }
}

/**
 * Every stretch of the notice around an address: the line naming it, the
 * transcript line just before (`>>> RCPT To:`), and a few lines after.
 */
export function contextsOf(
  notice: NoticeLines,
  address: string | null,
): string[] {
  const { lines } = notice;
  return notice.naming(address).map((i) => {
    const before = /^\s*>>>/.test(lines[i - 1] ?? '') ? i - 1 : i;
    return lines.slice(before, i + 4).join('\n');
  });
}
