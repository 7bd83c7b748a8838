/**
 * Share links: the whole triage, compressed into the link's fragment, so
 * opening it needs no server and sending it sends nothing to one.
 */
import { parseTriage } from './schema';
import type { Triage } from '../triage';

/** The share-link format this build writes and reads. */
export const SHARE_VERSION = 1;
/** Longest fragment accepted, in characters. */
export const MAX_SHARE_LENGTH = 64 * 1024;

/** Why a share link could not be opened, in words for the person. */
export type ShareError = 'empty' | 'too-large' | 'future-version' | 'damaged';

export type ShareResult =
  | { ok: true; triage: Triage }
  | { ok: false; error: ShareError; message: string };

const MESSAGES: Record<ShareError, string> = {
  empty: 'This link holds no triage. Ask for the full link again.',
  'too-large':
    'This link is longer than any triage Bounce Triage writes (64 kB), so it was not opened.',
  'future-version':
    'This link was made by a newer version of Bounce Triage. Reload the app to update it, then open the link again.',
  damaged:
    'This link is damaged or incomplete: it may have been cut off or changed. Ask for the full link again.',
};

function fail(error: ShareError): ShareResult {
  return { ok: false, error, message: MESSAGES[error] };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Encode a triage as a link fragment (without the leading `#`). */
export async function encodeShare(triage: Triage): Promise<string> {
  const json = JSON.stringify({ v: SHARE_VERSION, triage });
  const packed = await pipe(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
  );
  return `v${String(SHARE_VERSION)}.${toBase64Url(packed)}`;
}

/** Decode a link fragment; anything wrong yields a message, not a throw. */
export async function decodeShare(fragment: string): Promise<ShareResult> {
  const body = fragment.replace(/^#/, '').trim();
  if (body.length === 0) return fail('empty');
  if (body.length > MAX_SHARE_LENGTH) return fail('too-large');

  const match = /^v(\d+)\.([A-Za-z0-9_-]+)$/.exec(body);
  if (!match) return fail('damaged');
  if (Number(match[1]) > SHARE_VERSION) return fail('future-version');

  try {
    const bytes = await pipe(
      fromBase64Url(match[2] ?? ''),
      new DecompressionStream('deflate-raw'),
    );
    if (bytes.length > 16 * MAX_SHARE_LENGTH) return fail('too-large');
    const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    const triage = parseTriage((data as { triage?: unknown }).triage);
    return triage ? { ok: true, triage } : fail('damaged');
  } catch {
    return fail('damaged');
  }
}
