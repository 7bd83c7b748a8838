/**
 * Prepares raw input for reading: bytes are held one per character so
 * postal-mime can decode them later, line ends are normalised, and
 * oversized or binary input is trimmed with a warning rather than read.
 */
import { unixLineEnds } from '../text/line-ends';
import { fromBytes } from './mime/decode';

/** Input ready for the MIME walk, with what was done to it. */
export interface PreparedInput {
  text: string;
  /** True when `text` holds one byte per character. */
  binary: boolean;
  warnings: string[];
}

// Bounce details sit at the top of a message; a paste larger than this
// is an attachment or an accident, and reading past it only costs time.
const MAX_CHARS = 2_000_000;

/** Normalises a string or bytes into text the reader can walk. */
export function prepareInput(input: string | Uint8Array): PreparedInput {
  const warnings: string[] = [];
  const isBytes = typeof input !== 'string';
  let size = isBytes ? input.length : input.length;
  let raw = isBytes
    ? fromBytes(input.subarray(0, MAX_CHARS))
    : input.slice(0, MAX_CHARS);

  if (size > MAX_CHARS) {
    warnings.push(
      `input is ${Math.round(size / 1e6)} MB; only the first 2 MB were read`,
    );
    size = MAX_CHARS;
  }
  if (looksBinary(raw)) {
    warnings.push('input looks like binary data, not the text of an email');
  }
  // A byte-order mark, or the "From " line of an mbox file, comes before
  // the headers and would hide them. Checked first: most input has neither.
  if (raw.startsWith('\ufeff')) raw = raw.slice(1);
  else if (raw.startsWith('\xef\xbb\xbf')) raw = raw.slice(3);
  if (raw.startsWith('From ')) raw = raw.replace(/^From [^\n]*\n/, '');
  return { text: unixLineEnds(raw), binary: isBytes, warnings };
}

// Control characters other than tab, line ends, form feed and escape.
// eslint-disable-next-line no-control-regex -- they are what it looks for
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

/** Many control characters early on mean this is not text at all. */
function looksBinary(text: string): boolean {
  // A kilobyte tells: binary data has them throughout, text in none of
  // its first lines.
  const head = text.slice(0, 1024);
  // Text has none at all; one native scan says so without counting.
  if (!CONTROL.test(head)) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32 && code !== 27)) control++;
  }
  return control / head.length > 0.1;
}
