/**
 * Prepares raw input for reading: bytes are held one per character so
 * postal-mime can decode them later, line ends are normalised, and
 * oversized or binary input is trimmed with a warning rather than read.
 */
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
  // the headers and would hide them.
  raw = raw.replace(/^\ufeff|^\xef\xbb\xbf/, '').replace(/^From [^\n]*\n/, '');
  if (raw.includes('\r')) raw = raw.replace(/\r\n?/g, '\n');
  return { text: raw, binary: isBytes, warnings };
}

/** Many control characters early on mean this is not text at all. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.length === 0) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32 && code !== 27)) control++;
  }
  return control / head.length > 0.1;
}
