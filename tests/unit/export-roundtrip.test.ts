import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { exportDocument } from '../../src/engine/export/document';
import { fromJson, toJson } from '../../src/engine/export/json';
import { redactTriage } from '../../src/engine/export/redact';
import { decodeShare, encodeShare } from '../../src/engine/export/share';
import { buildReport } from '../../src/engine/report';
import type { Triage } from '../../src/engine/triage';
import { knowledge } from '../../src/knowledge/all';
import { triageWithValues, type PrivateValues } from './triage-arbitrary';

const NOW = '2025-06-01T00:00:00.000Z';

function jsonExport(triage: Triage): string {
  const doc = exportDocument(triage, buildReport(triage, knowledge), (id) =>
    String(id),
  );
  return toJson(triage, doc, NOW);
}

/** The JSON a share link carries, as anyone holding the link can read it. */
async function linkText(fragment: string): Promise<string> {
  const base64 = fragment.slice(fragment.indexOf('.') + 1);
  const binary = atob(base64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Response(stream).text();
}

/** The values a redacted link must not hold: the bounce's domains too. */
function forbidden(values: PrivateValues): string[] {
  const addressDomains = values.addresses.map((a) =>
    a.slice(a.lastIndexOf('@') + 1),
  );
  return [
    ...values.addresses,
    ...values.ips,
    ...values.domains,
    ...addressDomains,
  ].map((v) => v.toLowerCase());
}

describe('export and import round trip', () => {
  it('toJson then fromJson gives the identical triage', () => {
    fc.assert(
      fc.property(triageWithValues, ({ triage }) => {
        expect(fromJson(jsonExport(triage))).toEqual({ ok: true, triage });
      }),
    );
  });
});

describe('share and open round trip', () => {
  it('encodeShare then decodeShare gives the identical triage', async () => {
    await fc.assert(
      fc.asyncProperty(triageWithValues, async ({ triage }) => {
        const opened = await decodeShare(await encodeShare(triage));
        expect(opened).toEqual({ ok: true, triage });
      }),
    );
  });

  it('a redacted link opens to the redacted triage', async () => {
    await fc.assert(
      fc.asyncProperty(triageWithValues, async ({ triage }) => {
        const redacted = redactTriage(triage);
        const opened = await decodeShare(await encodeShare(redacted));
        expect(opened).toEqual({ ok: true, triage: redacted });
      }),
    );
  });

  it('a redacted link holds no address, IP or bounce domain', async () => {
    await fc.assert(
      fc.asyncProperty(triageWithValues, async ({ triage, values }) => {
        const fragment = await encodeShare(redactTriage(triage));
        const text = (await linkText(fragment)).toLowerCase();
        const leaked = forbidden(values).filter((v) => text.includes(v));
        expect(leaked).toEqual([]);
      }),
    );
  });
});
