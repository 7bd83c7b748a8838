import { describe, expect, it } from 'vitest';

import {
  decodeShare,
  encodeShare,
  MAX_SHARE_LENGTH,
  SHARE_MESSAGES,
  type ShareError,
} from '../../src/engine/export/share';
import { fixedTriage } from './export-fixture';

async function deflated(json: string): Promise<string> {
  const stream = new Blob([json])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const binary = String.fromCharCode(...bytes);
  const base64 = btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `v1.${base64}`;
}

/** Swap one character in the middle of the packed data for another. */
function tamper(fragment: string): string {
  const at = Math.floor(fragment.length / 2);
  const swapped = fragment[at] === 'A' ? 'B' : 'A';
  return fragment.slice(0, at) + swapped + fragment.slice(at + 1);
}

describe('encodeShare and decodeShare', () => {
  it('open the same triage, with or without the leading #', async () => {
    const fragment = await encodeShare(fixedTriage);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(fragment)).toEqual({
      ok: true,
      triage: fixedTriage,
    });
    expect(await decodeShare(`#${fragment}`)).toEqual({
      ok: true,
      triage: fixedTriage,
    });
  });
});

describe('decodeShare refuses a bad link with a message', () => {
  const cases: [string, () => Promise<string>, ShareError][] = [
    ['an empty fragment', () => Promise.resolve(''), 'empty'],
    ['a bare #', () => Promise.resolve('#'), 'empty'],
    [
      'a link over 64 kB',
      () => Promise.resolve('v1.' + 'A'.repeat(MAX_SHARE_LENGTH)),
      'too-large',
    ],
    [
      'a tampered link',
      async () => tamper(await encodeShare(fixedTriage)),
      'damaged',
    ],
    [
      'a truncated link',
      async () => (await encodeShare(fixedTriage)).slice(0, -12),
      'damaged',
    ],
    [
      'a link from a future version',
      async () => (await encodeShare(fixedTriage)).replace(/^v1\./, 'v2.'),
      'future-version',
    ],
    [
      'a link with no version',
      async () => (await encodeShare(fixedTriage)).replace(/^v1\./, ''),
      'damaged',
    ],
    ['a link that is not base64', () => Promise.resolve('v1.a+b/c'), 'damaged'],
    ['packed text that is not JSON', () => deflated('{"v":1,'), 'damaged'],
    [
      'a triage that fails the schema',
      () => deflated(JSON.stringify({ v: 1, triage: { id: 't' } })),
      'damaged',
    ],
    [
      'a triage with a markup tick',
      () =>
        deflated(
          JSON.stringify({
            v: 1,
            triage: { ...fixedTriage, ticks: { a: '<img src=x>' } },
          }),
        ),
      'damaged',
    ],
    [
      'a small link that unpacks to megabytes',
      () => deflated(JSON.stringify({ v: 1, pad: 'a'.repeat(4_000_000) })),
      'too-large',
    ],
  ];

  it.each(cases)('%s', async (_, make, error) => {
    const result = await decodeShare(await make());
    expect(result).toEqual({
      ok: false,
      error,
      message: SHARE_MESSAGES[error],
    });
  });
});
