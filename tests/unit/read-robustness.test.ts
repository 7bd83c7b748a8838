/**
 * Bad input gets a clear reading, never a crash: empty, binary, huge,
 * malformed, deeply nested, unknown charsets, cut off halfway. Property
 * tests throw generated input at the reader and time every call.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/engine/read/index';
import type { Reading } from '../../src/engine/reading';

const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'read',
);

async function timed(
  input: string | Uint8Array,
): Promise<{ reading: Reading; ms: number }> {
  const started = performance.now();
  const reading = await readBounce(input);
  return { reading, ms: performance.now() - started };
}

function nested(depth: number): string {
  let message =
    'Content-Type: text/plain\n\n550 5.1.1 <deep@example.net>... User unknown\n';
  for (let i = 0; i < depth; i++) {
    message = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${message}\n--b${i}--\n`;
  }
  return message;
}

describe('bad input', () => {
  it('reads empty input as not a bounce, with a warning', async () => {
    for (const input of ['', '   \n\n', new Uint8Array(0)]) {
      const reading = await readBounce(input);
      expect(reading.kind).toBe('not-bounce');
      expect(reading.recipients).toEqual([]);
      expect(reading.warnings).toEqual(['nothing to read: the input is empty']);
    }
  });

  it('warns that binary data is not an email', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const { reading } = await timed(bytes);
    expect(reading.warnings).toContain(
      'input looks like binary data, not the text of an email',
    );
  });

  it('reads only the first 2 MB of a 20 MB paste', async () => {
    const paste =
      '550 5.1.1 <big@example.net>... User unknown\n' + 'x'.repeat(20_000_000);
    const { reading } = await timed(paste);
    expect(reading.warnings).toContain(
      'input is 20 MB; only the first 2 MB were read',
    );
    expect(reading.recipients[0]?.status).toBe('5.1.1');
  });

  it('stops at a sane depth in 1,000 nested multiparts', async () => {
    const { reading, ms } = await timed(nested(1000));
    expect(reading.warnings).toContain(
      'MIME nesting deeper than 24 levels ignored',
    );
    expect(ms).toBeLessThan(1000);
  });

  it('reads a multipart whose boundary never appears as text', async () => {
    const reading = await readBounce(
      'Content-Type: multipart/report; boundary="missing"\n\n550 5.2.2 <full@example.net>: Mailbox full\n',
    );
    expect(reading.warnings).toContain(
      'multipart without its boundary; read as text',
    );
    expect(reading.recipients[0]).toMatchObject({
      status: '5.2.2',
      reason: 'mailboxfull',
    });
  });

  it('reads a part in an unknown charset', async () => {
    const reading = await readBounce(
      'Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: quoted-printable\n\n550 5.1.1 <who@example.net>... User unknown=\n here\n',
    );
    expect(reading.recipients[0]).toMatchObject({
      status: '5.1.1',
      replyCode: '550',
    });
  });

  it('reads a DSN cut off halfway', async () => {
    const whole = await readFile(join(FIXTURES, 'postfix-dsn.eml'), 'utf8');
    const cut = whole.slice(0, whole.indexOf('Diagnostic-Code:'));
    const reading = await readBounce(cut);
    expect(reading.kind).toBe('bounce');
    expect(reading.recipients[0]).toMatchObject({
      address: 'ghost@example.net',
      status: '5.1.1',
    });
  });
});

describe('generated input', () => {
  const shapes = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.uint8Array({ maxLength: 4000 }),
    fc
      .array(
        fc.constantFrom(
          'Content-Type: multipart/report; boundary="x"\n',
          '--x\n',
          '--x--\n',
          'Final-Recipient: rfc822; a@b.c\n',
          'Status: 5.1.1\n',
          'Diagnostic-Code: smtp; 550 ',
          '\n',
          '=?utf-8?B?',
          'Content-Transfer-Encoding: base64\n',
          '<<< 550 ',
          'From: a@b\n',
        ),
        { maxLength: 200 },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws, always returns a reading, and takes under 100 ms', async () => {
    await fc.assert(
      fc.asyncProperty(shapes, async (input) => {
        const { reading, ms } = await timed(input);
        expect(Array.isArray(reading.recipients)).toBe(true);
        expect(Array.isArray(reading.warnings)).toBe(true);
        expect(ms).toBeLessThan(100);
      }),
      { numRuns: 300 },
    );
  });

  it('reads 1 MB inputs in under 100 ms', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'a',
          'x@y.z ',
          '550 5.1.1 ',
          '\n--b\n',
          '=?',
          '<a@b.c>:\n',
        ),
        async (unit) => {
          const input = unit.repeat(Math.ceil(1_000_000 / unit.length));
          const { ms } = await timed(input);
          expect(ms).toBeLessThan(100);
        },
      ),
      { numRuns: 6 },
    );
  });
});
