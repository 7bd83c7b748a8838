import { describe, expect, it } from 'vitest';

import { bestSignature } from '../../src/engine/classify/match';
import type { MatchFacts } from '../../src/engine/classify/match';
import { microsoftFixes } from '../../src/knowledge/fixes/microsoft';
import { OFFICIAL_DOMAINS } from '../../src/knowledge/official-domains';
import { fixSchema, signatureSchema } from '../../src/knowledge/schema';
import { microsoftSignatures } from '../../src/knowledge/signatures/microsoft';

/** Fix ids other helpers define that Microsoft entries may point at. */
const FOREIGN_FIXES = new Set(['request-spamhaus-removal']);

/** Signature ids other helpers define that `related` may name. */
const FOREIGN_SIGNATURES = new Set([
  'spamhaus-zen-listing',
  'spamhaus-dbl-listing',
  'spamhaus-pbl-listing',
  'generic-user-unknown',
  'generic-dmarc-reject',
  'generic-relay-denied',
  'generic-rdns-required',
]);

const ENHANCED = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;

/** The facts a reader would take from one bounce line. */
function factsOf(line: string, provider: string | null): MatchFacts {
  return {
    diagnostic: line,
    replyCode: /^\s*([245]\d\d)\b/.exec(line)?.[1] ?? null,
    status: ENHANCED.exec(line)?.[0] ?? null,
    provider,
  };
}

function bestId(line: string, provider: string | null): string | undefined {
  return bestSignature(factsOf(line, provider), microsoftSignatures)?.signature
    .id;
}

describe('Microsoft knowledge entries', () => {
  it.each(microsoftSignatures.map((s) => [s.id, s] as const))(
    'signature %s fits the schema',
    (_id, signature) => {
      expect(signatureSchema.safeParse(signature).error).toBeUndefined();
    },
  );

  it.each(microsoftFixes.map((f) => [f.id, f] as const))(
    'fix %s fits the schema',
    (_id, fix) => {
      expect(fixSchema.safeParse(fix).error).toBeUndefined();
    },
  );

  it('uses every id once', () => {
    const ids = [...microsoftSignatures, ...microsoftFixes].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names only fixes and signatures that exist', () => {
    const fixIds = new Set(microsoftFixes.map((f) => f.id));
    const sigIds = new Set(microsoftSignatures.map((s) => s.id));
    for (const s of microsoftSignatures) {
      for (const f of s.fixes) {
        expect(fixIds.has(f) || FOREIGN_FIXES.has(f), `${s.id}: ${f}`).toBe(
          true,
        );
      }
      for (const r of s.related) {
        expect(sigIds.has(r) || FOREIGN_SIGNATURES.has(r), r).toBe(true);
      }
    }
  });

  it('links only to official hosts', () => {
    const hosts = new Set<string>(OFFICIAL_DOMAINS);
    const links = [
      ...microsoftSignatures.flatMap((s) => s.sources),
      ...microsoftFixes.flatMap((f) => f.links),
    ];
    for (const link of links) {
      expect(hosts.has(new URL(link.url).hostname), link.url).toBe(true);
    }
  });

  it('uses documentation addresses in every example', () => {
    const documentation = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./;
    for (const s of microsoftSignatures) {
      for (const ip of s.example.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []) {
        expect(ip, s.id).toMatch(documentation);
      }
    }
  });

  it('compiles every text pattern', () => {
    const sources = microsoftSignatures.flatMap((s) => s.match.text ?? []);
    for (const source of sources)
      expect(() => new RegExp(source, 'i')).not.toThrow();
  });
});

describe('OU-002', () => {
  const ou002 = microsoftSignatures.find((s) => s.id === 'outlook-ou-002');

  it('keeps the priors the cause ranking is tuned to', () => {
    expect(ou002?.causes).toEqual([
      { cause: 'complaints-spam-traps', prior: 0.25 },
      { cause: 'cold-ip-volume-spike', prior: 0.2 },
      { cause: 'shared-range-neighbours', prior: 0.15 },
      { cause: 'authentication-failing', prior: 0.15 },
      { cause: 'compromised-account-or-relay', prior: 0.15 },
      { cause: 'stale-or-purchased-list', prior: 0.1 },
    ]);
  });

  it('routes to the Outlook.com form, not the Microsoft 365 portal', () => {
    expect(ou002?.fixes).toContain('request-outlook-com-review');
    expect(ou002?.fixes).not.toContain('request-microsoft-365-delist');
  });
});

describe('each example is recognised as its own signature', () => {
  it.each(microsoftSignatures.map((s) => [s.id, s] as const))(
    '%s',
    (id, signature) => {
      const provider = signature.match.providers?.[0] ?? null;
      expect(bestId(signature.example, provider)).toBe(id);
    },
  );
});
