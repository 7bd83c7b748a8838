import { describe, expect, it } from 'vitest';

import { buildChecklist, stepValues } from '../../src/engine/checklist';
import { runTriage } from '../../src/engine/infer';
import { knowledge } from '../../src/knowledge/all';

/** The review steps a signature's checklist ends up with, before answers. */
function reviewSteps(signatureId: string): string[] {
  const signature = knowledge.signatures.find((s) => s.id === signatureId);
  if (!signature) throw new Error(`no signature ${signatureId}`);
  const { ranking } = runTriage({
    priors: signature.causes,
    answers: [],
    questions: knowledge.questions,
  });
  const empty = stepValues(
    {
      kind: 'bounce',
      format: 'test',
      recipients: [],
      reportingMta: null,
      provider: null,
      ips: [],
      domains: [],
      original: null,
      warnings: [],
    },
    undefined,
  );
  return buildChecklist({
    ranking,
    signature,
    fixes: knowledge.fixes,
    values: empty,
  })
    .filter((item) => item.phase === 'request-review')
    .map((item) => item.id);
}

/** People get these routes wrong; the knowledge base must not. */
describe('the review route each bounce is sent to', () => {
  it.each([
    // Outlook.com consumer blocks: the sender support form, never the
    // Microsoft 365 portal.
    ['outlook-ou-002', ['request-outlook-com-review']],
    ['outlook-s3150', ['request-outlook-com-review']],
    // Microsoft 365 blocks 5.7.606–649: the delist portal.
    ['m365-5-7-606-banned-ip', ['request-microsoft-365-delist']],
    // 5.7.511 cannot use the portal: by mail only.
    ['m365-5-7-511-banned-sender', ['mail-microsoft-delist-511']],
    // OU-001 and Spamhaus-listed IPs go to Spamhaus.
    ['outlook-ou-001', ['request-spamhaus-removal']],
    ['yahoo-bl23-spamhaus-xbl', ['request-spamhaus-removal']],
    ['spamhaus-zen-listing', ['request-spamhaus-removal']],
  ])('%s goes to %j', (id, routes) => {
    const steps = reviewSteps(id);
    for (const route of routes) expect(steps).toContain(route);
    if (id.startsWith('outlook-')) {
      expect(steps).not.toContain('request-microsoft-365-delist');
    }
  });

  it('never sends a Gmail bounce to a delisting or review request', () => {
    const gmail = knowledge.signatures.filter((s) => s.provider === 'gmail');
    expect(gmail.length).toBeGreaterThan(20);
    for (const signature of gmail) {
      expect(signature.noReview, signature.id).toBe(true);
      expect(reviewSteps(signature.id), signature.id).not.toContain(
        'ask-provider-review',
      );
    }
  });

  it('offers a provider’s own steps only through its signatures', () => {
    const sample = reviewSteps('generic-user-unknown');
    expect(sample).not.toContain('ask-recipient-clear-invalid-cache');
    expect(sample).not.toContain('ask-m365-recipient-to-unblock');
  });
});
