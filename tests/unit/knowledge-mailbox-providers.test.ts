import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { bestSignature } from '../../src/engine/classify/match';
import type { MatchFacts } from '../../src/engine/classify/match';
import { mailboxProviderFixes } from '../../src/knowledge/fixes/mailbox-providers';
import { OFFICIAL_DOMAINS } from '../../src/knowledge/official-domains';
import { fixSchema, signatureSchema } from '../../src/knowledge/schema';
import type { Signature } from '../../src/knowledge/schema';
import { appleSignatures } from '../../src/knowledge/signatures/apple';
import { googleSignatures } from '../../src/knowledge/signatures/google';
import { yahooSignatures } from '../../src/knowledge/signatures/yahoo';

const signatures: readonly Signature[] = [
  ...googleSignatures,
  ...yahooSignatures,
  ...appleSignatures,
];

/** Ids other helpers define, which these entries may point at. */
const EXTERNAL_SIGNATURES = new Set([
  'spamhaus-zen-listing',
  'spamhaus-dbl-listing',
  'proofpoint-reputation-block',
  'generic-user-unknown',
  'generic-mailbox-full',
  'generic-message-too-large',
  'generic-dmarc-reject',
  'generic-rdns-required',
  'generic-starttls-required',
  'generic-smtp-auth-failed',
]);
const EXTERNAL_FIXES = new Set([
  'request-spamhaus-removal',
  'request-proofpoint-review',
]);

function factsFrom(diagnostic: string, provider: string | null): MatchFacts {
  return {
    diagnostic,
    replyCode: /^\s*([245]\d\d)/.exec(diagnostic)?.[1] ?? null,
    status: /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(diagnostic)?.[1] ?? null,
    provider,
  };
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

describe('mailbox-provider knowledge: shape', () => {
  it.each(signatures.map((s) => [s.id, s] as const))(
    'signature %s parses',
    (_id, signature) => {
      expect(signatureSchema.safeParse(signature).error).toBeUndefined();
    },
  );

  it.each(mailboxProviderFixes.map((f) => [f.id, f] as const))(
    'fix %s parses',
    (_id, fix) => {
      expect(fixSchema.safeParse(fix).error).toBeUndefined();
    },
  );

  it('has unique ids', () => {
    const ids = signatures.map((s) => s.id);
    const fixIds = mailboxProviderFixes.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(fixIds).size).toBe(fixIds.length);
  });

  it('points only at known signatures and fixes', () => {
    const ids = new Set(signatures.map((s) => s.id));
    const fixIds = new Set(mailboxProviderFixes.map((f) => f.id));
    for (const s of signatures) {
      for (const r of s.related) {
        expect(ids.has(r) || EXTERNAL_SIGNATURES.has(r), r).toBe(true);
      }
      for (const f of s.fixes) {
        expect(fixIds.has(f) || EXTERNAL_FIXES.has(f), f).toBe(true);
      }
    }
  });

  it('links only to official hosts', () => {
    const allowed = new Set<string>(OFFICIAL_DOMAINS);
    const urls = [
      ...signatures.flatMap((s) => s.sources.map((x) => x.url)),
      ...mailboxProviderFixes.flatMap((f) => f.links.map((x) => x.url)),
    ];
    for (const url of urls) expect(allowed.has(hostOf(url)), url).toBe(true);
  });

  it('compiles every text pattern', () => {
    for (const s of signatures) {
      for (const source of s.match.text ?? []) {
        expect(() => new RegExp(source, 'i')).not.toThrow();
      }
    }
  });

  it('never routes Gmail to a delisting request', () => {
    const gmailFixes = new Set(googleSignatures.flatMap((s) => s.fixes));
    for (const id of gmailFixes) expect(id).not.toMatch(/delist|removal/);
  });

  it('keeps the priors another helper relies on', () => {
    const s = signatures.find((x) => x.id === 'gmail-5-7-26-unauthenticated');
    expect(s?.reason).toBe('authfailure');
    expect(s?.causes).toEqual([
      { cause: 'authentication-failing', prior: 0.7 },
      { cause: 'forwarding-breaks-authentication', prior: 0.15 },
      { cause: 'sender-domain-dns-broken', prior: 0.15 },
    ]);
  });
});

describe('mailbox-provider knowledge: each example finds its own entry', () => {
  it.each(signatures.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const facts = factsFrom(s.example, s.match.providers?.[0] ?? null);
    expect(bestSignature(facts, signatures)?.signature.id).toBe(id);
  });
});

/** One line of the wire-text table: facts as the reader would give them. */
interface WireRow {
  facts: MatchFacts;
  expected: string;
}

function readWireRows(): WireRow[] {
  const url = new URL(
    '../fixtures/mailbox-provider-wire-lines.tsv',
    import.meta.url,
  );
  const lines = readFileSync(url, 'utf8').split('\n');
  const dash = (v: string | undefined) => (!v || v === '-' ? null : v);

  return lines
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [provider, reply, status, expected = '', text = ''] =
        line.split('\t');
      const diagnostic = text.replaceAll('\\n', '\n');
      return {
        facts: {
          diagnostic,
          replyCode: dash(reply),
          status: dash(status),
          provider: dash(provider),
        },
        expected,
      };
    });
}

describe('mailbox-provider knowledge: real wire text', () => {
  const rows = readWireRows();

  it('covers every provider family', () => {
    expect(rows.length).toBeGreaterThan(60);
  });

  it.each(rows.map((r) => [r.expected, r.facts.diagnostic, r] as const))(
    '%s <- %s',
    (_expected, _text, row) => {
      const hit = bestSignature(row.facts, signatures);
      expect(hit?.signature.id).toBe(row.expected);
    },
  );
});
