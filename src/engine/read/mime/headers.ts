/**
 * Header blocks: splitting them from a body, unfolding them, and reading
 * structured values such as Content-Type. Decoding of encoded words is
 * postal-mime's; this file only finds where things are.
 */

/** One unfolded header field; `name` is lower case. */
export interface HeaderField {
  name: string;
  value: string;
}

/** A header block and the body that follows it. */
export interface HeadAndBody {
  head: string;
  body: string;
}

/** A MIME type with its parameters, names lower case. */
export interface ContentType {
  type: string;
  params: Record<string, string>;
}

// Real field names: letters, digits and hyphens (a quoted `<a@b>:` is not one).
const FIELD_LINE = /^[A-Za-z0-9][\w.-]*:/;
const FIELD_START = /[A-Za-z0-9][\w.-]*:/y;

/** Splits a message at the first empty line. */
export function splitHead(text: string): HeadAndBody {
  if (text.startsWith('\n')) return { head: '', body: text.slice(1) };
  const at = text.indexOf('\n\n');
  if (at < 0) return { head: text, body: '' };
  return { head: text.slice(0, at), body: text.slice(at + 2) };
}

/** Unfolds a header block into fields, keeping their order. */
export function parseHeaders(head: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: HeaderField | null = null;

  // Walked by index rather than split: a header block is read for every
  // message and part, and this allocates nothing but the fields.
  for (let start = 0; start <= head.length;) {
    const newline = head.indexOf('\n', start);
    const end = newline < 0 ? head.length : newline;
    const first = head.charCodeAt(start);
    if ((first === 32 || first === 9) && current) {
      current.value += ' ' + head.slice(start, end).trim();
    } else {
      const field = fieldAt(head, start, end);
      if (field) fields.push(field);
      current = field ?? unfoldedParameter(current, head.slice(start, end));
    }
    start = end + 1;
  }
  return fields;
}

/**
 * Broken folding: some MTAs start a parameter line without the leading
 * space. A value left open on ';' cannot have ended, so the line goes on
 * it; any other stray line is dropped. Returns the field still open.
 */
function unfoldedParameter(
  current: HeaderField | null,
  line: string,
): HeaderField | null {
  if (!current?.value.endsWith(';')) return null;
  current.value += ' ' + line.trim();
  return current;
}

/** The field on one line, or null when the line does not start one. */
function fieldAt(head: string, start: number, end: number): HeaderField | null {
  // Anchored at the line start, the name ends at the first colon; no
  // search runs on past a line that has none.
  FIELD_START.lastIndex = start;
  if (!FIELD_START.test(head)) return null;
  const colon = FIELD_START.lastIndex - 1;
  return {
    name: head.slice(start, colon).toLowerCase(),
    value: head.slice(colon + 1, end).trim(),
  };
}

/** The first value of a header field, or null. */
export function headerValue(
  fields: readonly HeaderField[],
  name: string,
): string | null {
  for (const field of fields) if (field.name === name) return field.value;
  return null;
}

/** Every value of a header field, in order. */
export function headerValues(
  fields: readonly HeaderField[],
  name: string,
): string[] {
  return fields.filter((f) => f.name === name).map((f) => f.value);
}

/** True when a block of lines starts like a header block. */
export function looksLikeHeaders(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return FIELD_LINE.test(firstLine) && !/^\s*\d{3}[ -]/.test(firstLine);
}

const PARAM = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;

/** Parses `text/plain; charset="utf-8"` into type and parameters. */
export function parseContentType(value: string | null): ContentType {
  if (!value) return { type: 'text/plain', params: {} };
  const semi = value.indexOf(';');
  const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
  const params: Record<string, string> = {};
  if (semi >= 0) readParams(value, semi, params);
  return { type: type || 'text/plain', params };
}

/**
 * Fills `params` from the parameters after `from`; the first of a name
 * wins. An exec loop, not matchAll: this runs for every part of every
 * message, and matchAll copies the expression each time.
 */
function readParams(
  value: string,
  from: number,
  params: Record<string, string>,
): void {
  PARAM.lastIndex = from;
  for (let m = PARAM.exec(value); m; m = PARAM.exec(value)) {
    let key = (m[1] ?? '').toLowerCase();
    // RFC 2231 sections and encodings (`name*0*=`) count as the name.
    if (key.endsWith('*')) key = key.replace(/\*0?\*?$/, '');
    if (!(key in params)) params[key] = m[2] ?? m[3] ?? '';
  }
}
