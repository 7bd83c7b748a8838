/**
 * Opens a raw message: walks its MIME tree, decodes only the parts a
 * bounce reader needs, and sorts them into notice text, machine-readable
 * reports and the returned original.
 */
import type { OpenedMessage } from '../types';
import { decodeHeaderWords, decodePart, decodeTextPart } from './decode';
import { attachedMessage, carriesBounce, MESSAGE_TYPES } from './forwarded';
import { headerValue, splitHead } from './headers';
import { walkMime, type MimePart } from './walk';
import { unixLineEnds } from '../../text/line-ends';

const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/rfc822-headers',
  'message/global-headers',
]);
const MAX_NOTICE = 128_000;
const STATUS_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
]);
// A report inside a report inside a report is a loop, not a bounce.
const MAX_WRAPPERS = 2;

/** The parts worth a second look once every part has been sorted. */
interface Sorting {
  texts: string[];
  htmls: MimePart[];
  /** The first whole message attached, in case it is the real bounce. */
  attached: MimePart | null;
}

/** Splits and decodes a raw message (string or one-byte-per-char). */
export function openMessage(
  raw: string,
  binary: boolean,
): Promise<OpenedMessage> {
  return openAt(raw, binary, 0);
}

/** `openMessage` for a message `depth` attachments down. */
async function openAt(
  raw: string,
  binary: boolean,
  depth: number,
): Promise<OpenedMessage> {
  const tree = walkMime(raw);
  const opened: OpenedMessage = {
    headers: tree.headers,
    subject: decodeHeaderWords(headerValue(tree.headers, 'subject') ?? ''),
    from: decodeHeaderWords(headerValue(tree.headers, 'from') ?? ''),
    notice: '',
    deliveryStatus: null,
    feedbackReport: null,
    original: null,
    warnings: [...tree.warnings],
  };

  const sorting: Sorting = { texts: [], htmls: [], attached: null };
  for (const part of tree.parts) sortPart(opened, part, binary, sorting);
  const inner = await openCarried(opened, sorting.attached, binary, depth);
  if (inner) return inner;

  const { texts, htmls } = sorting;
  if (texts.length === 0 && htmls[0]) {
    texts.push(await decodeHtmlSafely(opened, htmls[0], binary));
  }
  opened.notice = texts.join('\n');
  // A bounce says what it has to say near the top; past this, the text is
  // a returned message or an accident, and scanning it only costs time.
  if (opened.notice.length > MAX_NOTICE) {
    opened.notice = opened.notice.slice(0, MAX_NOTICE);
    opened.warnings.push('text longer than 128 kB; read the first 128 kB');
  }
  return opened;
}

/**
 * The attached message opened in place of the outer one, when the outer
 * only wraps or forwards it; null when the outer is the bounce.
 */
async function openCarried(
  opened: OpenedMessage,
  attached: MimePart | null,
  binary: boolean,
  depth: number,
): Promise<OpenedMessage | null> {
  if (!attached || depth >= MAX_WRAPPERS) return null;
  if (!opened.original || !carriesBounce(opened, opened.original)) return null;

  const message = attachedMessage(attached, binary);
  const inner = await openAt(message.raw, message.binary, depth + 1);
  if (inner.deliveryStatus === null && inner.notice.trim() === '') return null;
  inner.warnings.unshift(
    ...opened.warnings,
    'the bounce was attached to another message; read the attached one',
  );
  return inner;
}

/** HTML waits: it is decoded only when a message has no plain text. */
function sortPart(
  opened: OpenedMessage,
  part: MimePart,
  binary: boolean,
  sorting: Sorting,
): void {
  if (STATUS_TYPES.has(part.type)) {
    // Each part is a report of its own; one blank line keeps them apart.
    const fields = decodeSafely(opened, part, binary);
    opened.deliveryStatus =
      opened.deliveryStatus === null
        ? fields
        : `${opened.deliveryStatus}\n\n${fields}`;
  } else if (part.type === 'message/feedback-report') {
    opened.feedbackReport ??= decodeSafely(opened, part, binary);
  } else if (ORIGINAL_TYPES.has(part.type)) {
    // Only the message whose head is kept can be judged by it.
    if (opened.original === null && MESSAGE_TYPES.has(part.type)) {
      sorting.attached = part;
    }
    opened.original ??= originalHead(opened, part, binary);
  } else if (part.type === 'text/html') {
    sorting.htmls.push(part);
  } else if (part.type.startsWith('text/') || part.type === 'message/partial') {
    sorting.texts.push(decodeSafely(opened, part, binary));
  }
}

// Transfer encodings that leave every byte as it is: the header block
// can be cut from the body before decoding, so a long returned message
// is never decoded, nor scanned, past its head.
const IDENTITY = new Set(['7bit', '8bit', 'binary']);

/** Only the header block of a returned message is evidence. */
function originalHead(
  opened: OpenedMessage,
  part: MimePart,
  binary: boolean,
): string {
  const raw = IDENTITY.has(part.encoding)
    ? { ...part, body: headBlock(part.body) }
    : part;
  return headBlock(decodeSafely(opened, raw, binary));
}

/** The header block after any leading blank lines of a message. */
function headBlock(text: string): string {
  const trimmed = text.replace(/^\s*\n/, '');
  return trimmed.includes('\n\n') ? splitHead(trimmed).head : trimmed;
}

function decodeSafely(
  opened: OpenedMessage,
  part: MimePart,
  binary: boolean,
): string {
  try {
    return unixLineEnds(decodeTextPart(part, binary));
  } catch {
    return rawWithWarning(opened, part);
  }
}

// An HTML notice says what it has to say in its first screens; past
// this much markup comes the returned message, and turning it into text
// is the slowest step in reading a bounce.
const MAX_HTML = 32_000;

async function decodeHtmlSafely(
  opened: OpenedMessage,
  part: MimePart,
  binary: boolean,
): Promise<string> {
  try {
    return unixLineEnds(await decodePart(htmlHead(opened, part), binary));
  } catch {
    return rawWithWarning(opened, part);
  }
}

/** The part cut at the line end after `MAX_HTML` characters, if longer. */
function htmlHead(opened: OpenedMessage, part: MimePart): MimePart {
  if (part.body.length <= MAX_HTML) return part;
  const end = part.body.indexOf('\n', MAX_HTML);
  if (end < 0) return part;
  opened.warnings.push('HTML longer than 32 kB; read the first 32 kB');
  return { ...part, body: part.body.slice(0, end + 1) };
}

function rawWithWarning(opened: OpenedMessage, part: MimePart): string {
  opened.warnings.push(`could not decode a ${part.type} part; read raw`);
  return part.body;
}
