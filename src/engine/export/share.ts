/**
 * Share links: the whole triage, compressed into the link's fragment, so
 * opening it needs no server and sending it sends nothing to one.
 *
 * The fragment is `v<version>.<base64url of zlib-deflated JSON>`. Zlib
 * rather than raw deflate because its Adler-32 checksum makes a changed
 * character fail to open instead of quietly opening different text.
 */
import { parseTriage } from './schema';
import type { Triage } from '../triage';

/** The share-link format this build writes and reads. */
export const SHARE_VERSION = 1;
/** Longest fragment accepted, in characters. */
export const MAX_SHARE_LENGTH = 64 * 1024;
/** Most JSON a fragment may expand to: stops a small "zip bomb" link. */
const MAX_JSON_BYTES = 16 * MAX_SHARE_LENGTH;

/** Why a share link could not be opened. */
export type ShareError = 'empty' | 'too-large' | 'future-version' | 'damaged';

/** An opened triage, or why the link could not be opened. */
export type ShareResult =
  | { ok: true; triage: Triage }
  | { ok: false; error: ShareError; message: string };

/** What each failure tells the person, in words. */
export const SHARE_MESSAGES: Record<ShareError, string> = {
  empty: 'This link holds no triage. Ask for the full link again.',
  'too-large':
    'This link is longer than any triage Bounce Triage writes (64 kB), so it was not opened.',
  'future-version':
    'This link was made by a newer version of Bounce Triage. Reload the app to update it, then open the link again.',
  damaged:
    'This link is damaged or incomplete: it may have been cut off or changed. Ask for the full link again.',
};

function fail(error: ShareError): ShareResult {
  return { ok: false, error, message: SHARE_MESSAGES[error] };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function streamOf(
  bytes: Uint8Array<ArrayBuffer>,
): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Read a stream to its end, giving up (null) once it passes `limit`. */
async function drain(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

async function compress(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const packed = streamOf(bytes).pipeThrough(new CompressionStream('deflate'));
  return (await drain(packed, Infinity)) ?? new Uint8Array();
}

function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number) {
  const stream = streamOf(bytes).pipeThrough(
    new DecompressionStream('deflate'),
  );
  return drain(stream, limit);
}

/** Encode a triage as a link fragment (without the leading `#`). */
export async function encodeShare(triage: Triage): Promise<string> {
  const json = JSON.stringify({ v: SHARE_VERSION, triage });
  const packed = await compress(new TextEncoder().encode(json));
  return `v${String(SHARE_VERSION)}.${toBase64Url(packed)}`;
}

/** True when a fragment is too long for `decodeShare` to accept. */
export function shareTooLarge(fragment: string): boolean {
  return fragment.length > MAX_SHARE_LENGTH;
}

function triageIn(json: string): Triage | null {
  const data = JSON.parse(json) as unknown;
  if (typeof data !== 'object' || data === null) return null;
  const { v, triage } = data as { v?: unknown; triage?: unknown };
  return v === SHARE_VERSION ? parseTriage(triage) : null;
}

/** Decode a link fragment; anything wrong yields a message, not a throw. */
export async function decodeShare(fragment: string): Promise<ShareResult> {
  const body = fragment.replace(/^#/, '').trim();
  if (body.length === 0) return fail('empty');
  if (shareTooLarge(body)) return fail('too-large');

  const match = /^v(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(body);
  if (!match) return fail('damaged');
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return fail('future-version');
  if (version !== SHARE_VERSION) return fail('damaged');

  try {
    const bytes = await inflate(fromBase64Url(match[2] ?? ''), MAX_JSON_BYTES);
    if (!bytes) return fail('too-large');
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const triage = triageIn(json);
    return triage ? { ok: true, triage } : fail('damaged');
  } catch {
    return fail('damaged');
  }
}
