import { describe, expect, it } from 'vitest';

import { buildChecklist, fillStep } from '../../src/engine/checklist';
import type { RankedCause } from '../../src/engine/infer';
import type { Fix, Signature } from '../../src/knowledge/schema';

const values = {
  ip: '203.0.113.5',
  domain: 'example.com',
  selector: 's1',
  recipientDomain: 'hotmail.com',
  remoteMta: null,
};

function fix(id: string, phase: Fix['phase'], causes: Fix['causes']): Fix {
  return {
    id,
    title: `Do ${id}`,
    phase,
    steps: [`Check {ip} and _dmarc.{domain} for ${id}`],
    links: [],
    causes,
  };
}

const fixes: Fix[] = [
  fix('warm-up', 'prevent', ['cold-ip-volume-spike']),
  fix('lock-account', 'contain', ['compromised-account-or-relay']),
  fix('publish-dmarc', 'fix', ['authentication-failing']),
  fix('route', 'request-review', []),
  fix('watch', 'monitor', [
    'cold-ip-volume-spike',
    'compromised-account-or-relay',
  ]),
];

function ranked(cause: RankedCause['cause'], probability: number): RankedCause {
  return { cause, probability, prior: probability, for: [], against: [] };
}

const signature = { fixes: ['route'] } as unknown as Signature;

describe('buildChecklist', () => {
  it('orders the likely causes’ fixes by phase, with the route included once', () => {
    const items = buildChecklist({
      ranking: [
        ranked('compromised-account-or-relay', 0.6),
        ranked('cold-ip-volume-spike', 0.35),
        ranked('authentication-failing', 0.05),
      ],
      signature,
      fixes,
      values,
    });
    expect(items.map((i) => [i.id, i.phase])).toEqual([
      ['lock-account', 'contain'],
      ['route', 'request-review'],
      ['watch', 'monitor'],
      ['warm-up', 'prevent'],
    ]);
    expect(items.find((i) => i.id === 'watch')?.why).toEqual([
      { cause: 'compromised-account-or-relay', probability: 0.6 },
      { cause: 'cold-ip-volume-spike', probability: 0.35 },
    ]);
  });

  it('keeps the top cause even when no cause reaches the threshold', () => {
    const items = buildChecklist({
      ranking: [ranked('authentication-failing', 0.08)],
      signature: null,
      fixes,
      values,
    });
    expect(items.map((i) => i.id)).toEqual(['publish-dmarc']);
  });

  it('fills steps with the values from the bounce', () => {
    const [item] = buildChecklist({
      ranking: [ranked('authentication-failing', 0.9)],
      signature: null,
      fixes,
      values,
    });
    expect(item?.steps).toEqual([
      'Check 203.0.113.5 and _dmarc.example.com for publish-dmarc',
    ]);
    expect(item?.checks.map((c) => c.label)).toEqual([
      'SPF record of example.com',
      'DMARC record at _dmarc.example.com',
      'DKIM key at s1._domainkey.example.com',
      'Send a test message to mail-tester',
    ]);
  });

  it.each([
    ['Look up {ip}', 'Look up <your sending IP>'],
    [
      'Check {selector}._domainkey.{domain}',
      'Check <selector>._domainkey.<your-domain>',
    ],
    ['Ask {remoteMta}', 'Ask <receiving server>'],
  ])(
    'writes a marked blank where the bounce lacks a value: %s',
    (step, out) => {
      const none = {
        ip: null,
        domain: null,
        selector: null,
        recipientDomain: null,
        remoteMta: null,
      };
      expect(fillStep(step, none)).toBe(out);
    },
  );

  describe('which fixes a cause may bring', () => {
    const review: Fix = {
      ...fix('ask-review', 'request-review', ['complaints-spam-traps']),
      scope: 'provider-review',
    };
    const providerOnly: Fix = {
      ...fix('provider-form', 'request-review', ['complaints-spam-traps']),
      scope: 'signature',
    };
    const ranking = [ranked('complaints-spam-traps', 0.9)];
    const ids = (sig: Signature | null) =>
      buildChecklist({
        ranking,
        signature: sig,
        fixes: [review, providerOnly],
        values,
      }).map((i) => i.id);

    it.each<[string, Signature | null, string[]]>([
      ['an unknown bounce gets the generic review', null, ['ask-review']],
      [
        'a provider with no review gets none',
        { fixes: [], noReview: true } as unknown as Signature,
        [],
      ],
      [
        'a signature with its own route gets only that',
        { fixes: ['provider-form'] } as unknown as Signature,
        ['provider-form'],
      ],
    ])('%s', (_, sig, expected) => {
      expect(ids(sig)).toEqual(expected);
    });
  });
});
