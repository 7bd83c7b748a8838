/**
 * Walks a message's MIME tree without decoding anything: it finds the
 * leaf parts (text, delivery-status, the returned message) so that only
 * the few that matter are handed to postal-mime for decoding.
 */
import {
  headerValue,
  looksLikeHeaders,
  parseContentType,
  parseHeaders,
  splitHead,
  type HeaderField,
} from './headers';

/** A leaf of the MIME tree, body still transfer-encoded. */
export interface MimePart {
  headers: HeaderField[];
  type: string;
  params: Record<string, string>;
  /** Content-Transfer-Encoding, lower case; `7bit` when absent. */
  encoding: string;
  body: string;
}

/** The top-level headers and every leaf part, in document order. */
export interface MimeTree {
  headers: HeaderField[];
  parts: MimePart[];
  warnings: string[];
}

// Deeper nesting than this is never a real bounce; it is a hostile or
// broken paste, and walking it would only burn time.
const MAX_DEPTH = 24;
const MAX_PARTS = 256;

/** Splits a whole message into its top-level headers and leaf parts. */
export function walkMime(text: string): MimeTree {
  const tree: MimeTree = { headers: [], parts: [], warnings: [] };
  if (!looksLikeHeaders(text)) {
    tree.parts.push(leaf([], text));
    return tree;
  }
  const { head, body } = splitHead(text);
  tree.headers = parseHeaders(head);
  visit(tree, tree.headers, body, 0);
  return tree;
}

function leaf(headers: HeaderField[], body: string): MimePart {
  const ct = parseContentType(headerValue(headers, 'content-type'));
  const encoding = (headerValue(headers, 'content-transfer-encoding') ?? '')
    .trim()
    .toLowerCase();
  return {
    headers,
    type: ct.type,
    params: ct.params,
    encoding: encoding || '7bit',
    body,
  };
}

function visit(
  tree: MimeTree,
  headers: HeaderField[],
  body: string,
  depth: number,
): void {
  if (tree.parts.length >= MAX_PARTS) return;
  const part = leaf(headers, body);
  const boundary = part.params['boundary'];

  if (!part.type.startsWith('multipart/') || !boundary) {
    tree.parts.push(part);
    return;
  }
  if (depth >= MAX_DEPTH) {
    tree.warnings.push(`MIME nesting deeper than ${MAX_DEPTH} levels ignored`);
    return;
  }
  const children = splitMultipart(body, boundary);
  if (children.length === 0) {
    tree.warnings.push('multipart without its boundary; read as text');
    tree.parts.push({ ...part, type: 'text/plain' });
    return;
  }
  for (const child of children) {
    const split = looksLikeHeaders(child)
      ? splitHead(child)
      : { head: '', body: child.replace(/^\n/, '') };
    visit(tree, parseHeaders(split.head), split.body, depth + 1);
  }
}

/** The bodies between boundary lines; empty when none is found. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = '\n--' + boundary;
  const text = '\n' + body;
  const children: string[] = [];
  let at = text.indexOf(delimiter);

  while (at >= 0) {
    const lineEnd = text.indexOf('\n', at + delimiter.length);
    const marker = text.slice(
      at + delimiter.length,
      lineEnd < 0 ? undefined : lineEnd,
    );
    if (marker.startsWith('--') || lineEnd < 0) break;
    const next = text.indexOf(delimiter, lineEnd);
    children.push(text.slice(lineEnd + 1, next < 0 ? undefined : next));
    at = next;
  }
  return children;
}
