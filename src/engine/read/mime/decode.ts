/**
 * Turns a part's body into text. Every transfer encoding and charset is
 * decoded by postal-mime; parts that need no decoding (plain 7-bit text,
 * or text that was pasted as text) skip it, which is what keeps reading
 * fast enough for batches.
 */
import PostalMime, { decodeWords } from 'postal-mime';
import type { MimePart } from './walk';

const PLAIN_CHARSETS = new Set(['', 'us-ascii', 'ascii', 'utf-8', 'utf8']);
// A 7-bit body still needs its charset applied when it carries escape
// sequences (ISO-2022-JP) or '+' shifts (UTF-7).
// eslint-disable-next-line no-control-regex -- ESC starts ISO-2022 shifts
const NEEDS_CHARSET = /[\x1b]|\+[A-Za-z0-9/]{2,}-/;
const NON_ASCII = /[\u0080-\uffff]/;

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
 *
 * postal-mime's full parser finishes every part through a Blob, which
 * costs an asynchronous round trip per part. Its exported `decodeWords`
 * runs the same base64, quoted-printable and charset decoders in one
 * synchronous call, so a body is handed to it as one RFC 2047 word: this
 * file only escapes bytes into that form, postal-mime does the decoding.
 */
export async function decodePart(
  part: MimePart,
  binary: boolean,
): Promise<string> {
  // HTML becomes text however it was sent: tags are never the notice.
  if (part.type === 'text/html') return decodeHtml(part, binary);
  return decodeTextPart(part, binary);
}

/**
 * `decodePart` for anything but HTML, without the asynchronous step, so
 * the few parts of a bounce decode in one synchronous pass.
 */
export function decodeTextPart(part: MimePart, binary: boolean): string {
  if (!needsDecoding(part, binary)) return part.body;

  const label = charsetOf(part, binary).replace(/[^\w.:+-]/g, '') || 'utf-8';

  if (part.encoding === 'base64') {
    const text = part.body.replace(/[^A-Za-z0-9+/=]/g, '');
    return decodeWords(`=?${label}?B?${text}?=`);
  }
  if (part.encoding === 'quoted-printable') {
    return decodeWords(`=?${label}?Q?${qpAsWord(part.body)}?=`);
  }
  // Raw bytes go as one base64 word: postal-mime reads base64 with a
  // table, several times faster than it reads a quoted-printable word.
  const held = binary ? part.body : utf8(part.body);
  return decodeWords(`=?${label}?B?${heldAsBase64(held)}?=`);
}

// Characters the windows-1252 holder gave to bytes 0x80–0x9f.
const REMAPPED = /[\u0100-\uffff]/g;

/** Base64 of a one-byte-per-character string, by the native encoder. */
function heldAsBase64(held: string): string {
  const binary = held.replace(REMAPPED, (ch) =>
    String.fromCharCode(BACK.get(ch.charCodeAt(0)) ?? 0x3f),
  );
  return btoa(binary);
}

/** The charset of a part's bytes: pasted text is Unicode already. */
function charsetOf(part: MimePart, binary: boolean): string {
  const encoded =
    part.encoding === 'base64' || part.encoding === 'quoted-printable';
  return binary || encoded ? (part.params['charset'] ?? 'utf-8') : 'utf-8';
}

// postal-mime writes plain text from HTML only for a message that has
// plain text elsewhere; an empty plain part beside the HTML asks for it.
const HTML_BESIDE_PLAIN = 'bounce-triage-html';

/** HTML as postal-mime renders it in plain text; rare in bounces. */
async function decodeHtml(part: MimePart, binary: boolean): Promise<string> {
  const charset = charsetOf(part, binary).replace(/"/g, '');
  const b = HTML_BESIDE_PLAIN;
  const mini =
    `Content-Type: multipart/mixed; boundary="${b}"\n\n` +
    `--${b}\nContent-Type: text/plain\n\n\n` +
    `--${b}\nContent-Type: text/html; charset="${charset}"\n` +
    `Content-Transfer-Encoding: ${part.encoding}\n\n` +
    `${part.body}\n--${b}--\n`;
  // Bytes held as text need rebuilding only where some are not ASCII;
  // an encoded body is ASCII, and postal-mime reads that as a string.
  const held = binary && NON_ASCII.test(part.body);
  const email = await PostalMime.parse(held ? toBytes(mini) : mini);
  return (email.text ?? '').replace(/^\n+/, '');
}

// In a Q-encoded word every byte but these must be written as =XX to
// keep its meaning; the table holds each byte's spelling.
const Q_SAFE = /[!-<>@-^`-~]/;
const Q_SPELLING = Array.from({ length: 0x100 }, (_, byte) => {
  const ch = String.fromCharCode(byte);
  return Q_SAFE.test(ch) ? ch : '=' + byte.toString(16).padStart(2, '0');
});
const Q_RUN = /[!-<>@-^`-~]+/y;

/** Escapes a one-byte-per-character string into Q-word text. */
function bytesAsWord(held: string): string {
  const out: string[] = [];
  for (let i = 0; i < held.length;) {
    // Safe runs are copied whole; only the bytes between are spelled.
    Q_RUN.lastIndex = i;
    if (Q_RUN.test(held)) {
      out.push(held.slice(i, Q_RUN.lastIndex));
      i = Q_RUN.lastIndex;
      continue;
    }
    const code = held.charCodeAt(i);
    const byte = code < 0x100 ? code : (BACK.get(code) ?? 0x3f);
    out.push(Q_SPELLING[byte] ?? '=3F');
    i++;
  }
  return out.join('');
}

/** Quoted-printable is Q-word text once soft breaks and specials are escaped. */
function qpAsWord(body: string): string {
  // Spaces and line ends are most of what needs escaping, and a plain
  // replacement is far quicker than a function called for each one.
  const joined = body
    .replace(/=[ \t]*\n/g, '')
    .replaceAll(' ', '=20')
    .replaceAll('\n', '=0a');
  return joined.replace(/[\s_?\u0080-\uffff]/g, (ch) =>
    ch.charCodeAt(0) < 0x100
      ? '=' + ch.charCodeAt(0).toString(16).padStart(2, '0')
      : bytesAsWord(utf8(ch)),
  );
}

const encoder = new TextEncoder();

/** UTF-8 bytes of pasted text, one per character. */
function utf8(text: string): string {
  let out = '';
  for (const byte of encoder.encode(text)) out += String.fromCharCode(byte);
  return out;
}

/**
 * A header value with its RFC 2047 encoded words decoded by postal-mime;
 * a value with none, or one postal-mime cannot read, comes back as it is.
 */
export function decodeHeaderWords(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

// Bytes are held as text through the native windows-1252 decoder, which
// is fast and keeps one character per byte; it maps 27 bytes of 0x80–0x9f
// to other characters, so this table maps them back.
const HOLDER = new TextDecoder('windows-1252');
const BACK = new Map<number, number>();
for (let byte = 0x80; byte < 0xa0; byte++) {
  const code = HOLDER.decode(new Uint8Array([byte])).charCodeAt(0);
  if (code !== byte) BACK.set(code, byte);
}

/** Rebuilds bytes from a one-byte-per-character string. */
export function toBytes(held: string): Uint8Array {
  const bytes = new Uint8Array(held.length);
  for (let i = 0; i < held.length; i++) {
    const code = held.charCodeAt(i);
    bytes[i] = code < 0x100 ? code : (BACK.get(code) ?? 0x3f);
  }
  return bytes;
}

/** Holds bytes one per character, so no byte is lost before decoding. */
export function fromBytes(bytes: Uint8Array): string {
  return HOLDER.decode(bytes);
}
