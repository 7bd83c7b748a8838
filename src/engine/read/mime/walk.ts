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
  if (!looksLikeHeaders(text) || startsWithReportFields(text)) {
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
  if (!part.type.startsWith('multipart/')) {
    tree.parts.push(part);
    return;
  }
  if (depth >= MAX_DEPTH) {
    tree.warnings.push(`MIME nesting deeper than ${MAX_DEPTH} levels ignored`);
    return;
  }
  const boundary = part.params['boundary'] || boundaryInBody(body);
  const children = boundary ? splitMultipart(body, boundary) : [];
  if (children.length === 0) {
    tree.parts.push(asText(tree, part));
    return;
  }
  for (const child of children) {
    const split =
      looksLikeHeaders(child) && !startsWithReportFields(child)
        ? splitHead(child)
        : { head: '', body: child.replace(/^\n/, '') };
    visit(tree, parseHeaders(split.head), split.body, depth + 1);
  }
}

/** A multipart that cannot be split is still worth reading as text. */
function asText(tree: MimeTree, part: MimePart): MimePart {
  tree.warnings.push('multipart without its boundary; read as text');
  return { ...part, type: 'text/plain' };
}

/** The bodies between boundary lines; empty when none is found. */
function splitMultipart(body: string, boundary: string): string[] {
  const marker = '--' + boundary;
  const children: string[] = [];
  // A delimiter is the marker at a line start: the body's own first line
  // counts, so the search for "\n" + marker starts one character back.
  let at = body.startsWith(marker) ? 0 : lineStartOf(body, marker, 0);

  while (at >= 0) {
    const lineEnd = body.indexOf('\n', at + marker.length);
    const rest = body.slice(
      at + marker.length,
      lineEnd < 0 ? undefined : lineEnd,
    );
    if (rest.startsWith('--') || lineEnd < 0) break;
    const next = lineStartOf(body, marker, lineEnd);
    // The line end before the next delimiter belongs to the delimiter.
    children.push(body.slice(lineEnd + 1, next < 0 ? undefined : next - 1));
    at = next;
  }
  return children;
}

/** Where `marker` next starts a line, searching from the line end `from`. */
function lineStartOf(body: string, marker: string, from: number): number {
  const at = body.indexOf('\n' + marker, from);
  return at < 0 ? -1 : at + 1;
}

// Fields that open a delivery-status report, never a message's header
// block; Action and Status count only with the values a report gives.
const REPORT_FIELDS = new Set([
  'final-recipient',
  'original-recipient',
  'reporting-mta',
  'received-from-mta',
  'remote-mta',
  'diagnostic-code',
  'arrival-date',
  'last-attempt-date',
  'original-envelope-id',
  'dsn-gateway',
  'x-postfix-queue-id',
]);
const REPORT_VALUES: Partial<Record<string, RegExp>> = {
  action: /^(?:failed|delayed|delivered|relayed|expanded)\b/i,
  status: /^[245]\.\d/,
};

/**
 * DSN fields pasted on their own: they look like a header block, but
 * they are the report itself and must be read as its text. Only the
 * first field is looked at; a message never starts with one of these.
 */
function startsWithReportFields(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 40) return false;
  const name = text.slice(0, colon).trim().toLowerCase();
  if (REPORT_FIELDS.has(name)) return true;
  const value = text.slice(colon + 1, colon + 40).trim();
  return REPORT_VALUES[name]?.test(value) ?? false;
}

// RFC 2046 boundary characters, without the space no real MTA uses; a
// rule of hyphens alone is a separator in text, not a boundary.
const BOUNDARY_LINE = /^--(-*[\w'()+,./:=?][\w'()+,./:=?-]*)[ \t]*$/m;

/**
 * The boundary of a multipart whose Content-Type lost its parameter (a
 * broken fold, a truncated header): the first delimiter-like line of
 * the body, which is where the first part must start.
 */
function boundaryInBody(body: string): string | undefined {
  const boundary = BOUNDARY_LINE.exec(body.slice(0, 8192))?.[1];
  return boundary && boundary.length <= 70 ? boundary : undefined;
}
