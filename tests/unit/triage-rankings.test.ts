import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { classifyReading } from '../../src/engine/classify';
import { answersFromReading, runTriage } from '../../src/engine/infer';
import type { GivenAnswer } from '../../src/engine/infer';
import { readBounce } from '../../src/engine/read';
import { priorsFor } from '../../src/engine/report';
import { knowledge } from '../../src/knowledge/all';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/emails');
const corpus = (name: string) => readFileSync(resolve(CORPUS, name), 'utf8');

const OU_002 =
  "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).";

const person = (questionId: string, answerId: string): GivenAnswer => ({
  questionId,
  answerId,
  source: 'person',
});

async function triage(input: string, answers: GivenAnswer[] = []) {
  const reading = classifyReading(
    await readBounce(input),
    knowledge.signatures,
  );
  const recipient = reading.recipients[0];
  const signature =
    knowledge.signatures.find((s) => s.id === recipient?.signature) ?? null;
  const ids = new Set(knowledge.questions.map((q) => q.id));
  const fromBounce = answersFromReading(reading, ids);
  const result = runTriage({
    priors: priorsFor(signature, recipient, knowledge),
    answers: [...fromBounce, ...answers],
    questions: knowledge.questions,
  });
  return {
    signature: signature?.id ?? null,
    fromBounce: fromBounce.map((a) => `${a.questionId}=${a.answerId}`),
    top: result.ranking.slice(0, 2).map((r) => r.cause),
    leader: result.ranking[0]?.probability ?? 0,
    next: result.next?.questionId ?? null,
  };
}

describe('triage rankings for real bounces', () => {
  it('puts a compromise first when volume jumped and strange mail was sent', async () => {
    const out = await triage(OU_002, [
      person('volume-change', 'jumped'),
      person('strange-sent-mail', 'yes'),
    ]);
    expect(out.signature).toBe('outlook-ou-002');
    expect(out.top[0]).toBe('compromised-account-or-relay');
  });

  it('puts the cold IP first when a new IP went from zero to full', async () => {
    const out = await triage(OU_002, [
      person('ip-age', 'new'),
      person('volume-change', 'zero-to-full'),
    ]);
    expect(out.top[0]).toBe('cold-ip-volume-spike');
  });

  it('asks first the question that best splits the OU-002 causes', async () => {
    const out = await triage(OU_002);
    expect(out.next).not.toBeNull();
    expect(out.top).toEqual(['complaints-spam-traps', 'cold-ip-volume-spike']);
  });

  it('reads the missing DKIM signature from a Gmail 5.7.26 bounce', async () => {
    const out = await triage(corpus('rhost-google-04.eml'));
    expect(out.signature).toMatch(/^gmail-5-7-26/);
    expect(out.fromBounce).toContain('dkim-signing=not-signed');
    expect(out.top[0]).toBe('authentication-failing');
  });

  it.each([
    ['rhost-google-06.eml', 'reverse-dns-missing'],
    ['rhost-outlook-04.eml', 'recipient-address-invalid'],
  ])('%s ranks %s first', async (file, cause) => {
    const out = await triage(corpus(file));
    expect(out.top[0]).toBe(cause);
  });

  it('gives an unrecognised bounce the generic causes of its reason', async () => {
    const out = await triage('550 5.1.1 no such mailbox here, sorry');
    expect(out.top).toContain('recipient-address-invalid');
  });

  it('is deterministic: the same input gives the same ranking', async () => {
    const a = await triage(corpus('rhost-yahooinc-02.eml'));
    const b = await triage(corpus('rhost-yahooinc-02.eml'));
    expect(a).toEqual(b);
  });
});
