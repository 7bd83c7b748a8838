/**
 * Security gateways, public blocklists and the generic RFC 5321/3463
 * signatures: each entry is well formed, each example finds its own
 * entry, and real wire lines (from the reference and from the corpus)
 * land on the entry whose reason Sisimai gives the same wording.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  bestSignature,
  type MatchFacts,
} from '../../src/engine/classify/match';
import { securityFixes } from '../../src/knowledge/fixes/security';
import { OFFICIAL_DOMAINS } from '../../src/knowledge/official-domains';
import { fixSchema, signatureSchema } from '../../src/knowledge/schema';
import { blocklistSignatures } from '../../src/knowledge/signatures/blocklists';
import { gatewaySignatures } from '../../src/knowledge/signatures/gateways';
import { genericSignatures } from '../../src/knowledge/signatures/generic';

const ALL = [
  ...gatewaySignatures,
  ...blocklistSignatures,
  ...genericSignatures,
];
const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

/** The facts a reader would take from one diagnostic line. */
function factsOf(diagnostic: string, provider: string | null): MatchFacts {
  const reply = /^\s*([245]\d\d)\b/.exec(diagnostic);
  const status = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(
    diagnostic,
  );
  return {
    diagnostic,
    replyCode: reply?.[1] ?? null,
    status: status?.[1] ?? null,
    provider,
  };
}

function idFor(diagnostic: string, provider: string | null = null) {
  return bestSignature(factsOf(diagnostic, provider), ALL)?.signature.id;
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('security knowledge entries', () => {
  it('parse with their schemas', () => {
    const bad = [
      ...ALL.filter((s) => !signatureSchema.safeParse(s).success),
      ...securityFixes.filter((f) => !fixSchema.safeParse(f).success),
    ];
    expect(bad.map((entry) => entry.id)).toEqual([]);
  });

  it('have unique ids', () => {
    expect(duplicates(ALL.map((s) => s.id))).toEqual([]);
    expect(duplicates(securityFixes.map((f) => f.id))).toEqual([]);
  });

  it('name only fixes and related entries defined here', () => {
    const fixIds = new Set(securityFixes.map((f) => f.id));
    const ids = new Set(ALL.map((s) => s.id));
    const missing = ALL.flatMap((s) => [
      ...s.fixes.filter((id) => !fixIds.has(id)),
      ...s.related.filter((id) => !ids.has(id)),
    ]);
    expect(missing).toEqual([]);
  });

  it('link only to official https hosts', () => {
    const hosts = new Set<string>(OFFICIAL_DOMAINS);
    const links = [
      ...ALL.flatMap((s) => s.sources),
      ...securityFixes.flatMap((f) => f.links),
    ];
    const bad = links.filter((l) => !hosts.has(new URL(l.url).hostname));
    expect(bad.map((l) => l.url)).toEqual([]);
  });

  it('define the ids other knowledge links to', () => {
    const ids = new Set([...ALL, ...securityFixes].map((e) => e.id));
    const required = [
      'spamhaus-zen-listing',
      'spamhaus-pbl-listing',
      'spamhaus-dbl-listing',
      'spamhaus-open-resolver',
      'spamcop-listing',
      'barracuda-brbl-listing',
      'uceprotect-listing',
      'sorbs-listing',
      'cloudmark-csi-listing',
      'proofpoint-reputation-block',
      'generic-user-unknown',
      'generic-host-unknown',
      'generic-mailbox-full',
      'generic-message-too-large',
      'generic-expired-unreachable',
      'generic-relay-denied',
      'generic-smtp-auth-failed',
      'generic-starttls-required',
      'generic-greylisted',
      'generic-dmarc-reject',
      'generic-rdns-required',
      'request-spamhaus-removal',
      'request-cloudmark-reset',
      'request-proofpoint-review',
      'request-barracuda-removal',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('each example finds its own signature', () => {
  it.each(ALL.map((s) => [s.id, s] as const))('%s', (id, signature) => {
    const provider = signature.match.providers?.[0] ?? null;
    expect(idFor(signature.example, provider)).toBe(id);
  });
});

interface WireLine {
  source: string;
  provider: string | null;
  id: string;
  line: string;
}

interface Label {
  file: string;
  index: number;
  reason: string;
}

function readLines(name: string): string[] {
  return readFileSync(name, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

const WIRE: WireLine[] = readLines(
  new URL('../fixtures/security-wire-lines.tsv', import.meta.url).pathname,
).map((row) => {
  const [source = '', provider = '-', id = '', line = ''] = row.split('\t');
  return { source, provider: provider === '-' ? null : provider, id, line };
});

const labels: Label[] = readLines(new URL('labels.jsonl', CORPUS).pathname).map(
  (line) => JSON.parse(line) as Label,
);

function folded(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('reference wire lines (rows 105-136)', () => {
  const rows = WIRE.filter((w) => w.source === 'ref');

  it.each(rows.map((w) => [w.line, w] as const))('%s', (_line, w) => {
    expect(idFor(w.line, w.provider)).toBe(w.id);
  });
});

describe("corpus diagnostic lines keep Sisimai's reason", () => {
  const rows = WIRE.filter((w) => w.source !== 'ref');

  it.each(rows.map((w) => [w.source, w] as const))('%s', (source, w) => {
    const [file = '', index = '1'] = source.split('#');
    const path = new URL(`emails/${file}.eml`, CORPUS);
    expect(folded(readFileSync(path, 'utf8'))).toContain(w.line);

    const label = labels.find(
      (l) => l.file === `emails/${file}.eml` && l.index === Number(index),
    );
    expect(idFor(w.line, w.provider)).toBe(w.id);
    expect(ALL.find((s) => s.id === w.id)?.reason).toBe(label?.reason);
  });
});
