/**
 * Turns a part's body into text. Every transfer encoding and charset is
 * decoded by postal-mime; parts that need no decoding (plain 7-bit text,
 * or text that was pasted as text) skip it, which is what keeps reading
 * fast enough for batches.
 */
import PostalMime from 'postal-mime';
import type { MimePart } from './walk';

const PLAIN_CHARSETS = new Set(['', 'us-ascii', 'ascii', 'utf-8', 'utf8']);
// A 7-bit body still needs its charset applied when it carries escape
// sequences (ISO-2022-JP) or '+' shifts (UTF-7).
const NEEDS_CHARSET = /[\x1b]|\+[A-Za-z0-9/]{2,}-/;
const NON_ASCII = /[^\x00-\x7f]/;

/** True when a part's body must pass through postal-mime to be read. */
export function needsDecoding(part: MimePart, binary: boolean): boolean {
  if (part.encoding === 'base64' || part.encoding === 'quoted-printable') {
    return true;
  }
  if (!binary) return false;
  const charset = (part.params['charset'] ?? '').toLowerCase();
  if (NON_ASCII.test(part.body)) return true;
  return !PLAIN_CHARSETS.has(charset) && NEEDS_CHARSET.test(part.body);
}

/**
 * Decodes one part to text. `binary` says the message string holds one
 * byte per character (it was read from bytes), so bytes can be rebuilt.
 */
export async function decodePart(
  part: MimePart,
  binary: boolean,
): Promise<string> {
  if (!needsDecoding(part, binary)) return part.body;

  const charset = binary ? (part.params['charset'] ?? 'utf-8') : 'utf-8';
  const encoded =
    part.encoding === 'base64' || part.encoding === 'quoted-printable';
  // Pasted text is already Unicode: only its transfer encoding is left,
  // and the bytes that encoding yields are in the declared charset.
  const declared = encoded ? (part.params['charset'] ?? 'utf-8') : charset;
  const type = part.type === 'text/html' ? 'text/html' : 'text/plain';
  const mini =
    `Content-Type: ${type}; charset="${declared.replace(/"/g, '')}"\n` +
    `Content-Transfer-Encoding: ${encoded ? part.encoding : '8bit'}\n\n` +
    part.body;

  const email = await PostalMime.parse(binary ? toBytes(mini) : mini);
  return email.text ?? email.html ?? '';
}

/** Decodes RFC 2047 encoded words in a header value (postal-mime's). */
export { decodeWords } from 'postal-mime';

/** Rebuilds bytes from a one-byte-per-character string. */
export function toBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
}

/** Holds bytes one per character, so no byte is lost before decoding. */
export function fromBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}
