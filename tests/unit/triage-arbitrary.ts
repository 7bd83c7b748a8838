/**
 * fast-check generators for whole triages: random text (markup, unicode,
 * lone surrogates) mixed with the private values a bounce carries, so the
 * export and share round trips meet the strings real people paste.
 */
import fc from 'fast-check';

import type { GivenAnswer } from '../../src/engine/infer';
import type { Reading, RecipientReading } from '../../src/engine/reading';
import type { Triage } from '../../src/engine/triage';
import { REASONS } from '../../src/knowledge/vocabulary';

/** The addresses, IPs and domains a generated bounce shows. */
export interface PrivateValues {
  addresses: string[];
  ips: string[];
  domains: string[];
}

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '**bold** [x](javascript:alert(1)) `code` # heading',
  '- [ ] not a task',
  '"quoted" \\ back\\slash',
];

const privateValues: fc.Arbitrary<PrivateValues> = fc.record({
  addresses: fc.array(fc.emailAddress(), { minLength: 1, maxLength: 3 }),
  ips: fc.array(fc.oneof(fc.ipV4(), fc.ipV6()), { minLength: 1, maxLength: 3 }),
  domains: fc.array(fc.domain(), { maxLength: 3 }),
});

function randomText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(...MARKUP),
  );
}

/** Text that mixes random strings with the private values, glued or not. */
function textWith(values: PrivateValues): fc.Arbitrary<string> {
  const all = [...values.addresses, ...values.ips, ...values.domains];
  const part = fc.oneof(randomText(), fc.constantFrom(...all));
  return fc
    .tuple(fc.array(part, { maxLength: 5 }), fc.constantFrom(' ', '', '\n'))
    .map(([parts, glue]) => parts.join(glue));
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

function recipient(
  address: string,
  values: PrivateValues,
): fc.Arbitrary<RecipientReading> {
  const text = textWith(values);
  return fc.record({
    address: fc.constant(address),
    action: maybe(fc.constantFrom('failed', 'delayed', 'delivered' as const)),
    status: maybe(fc.constantFrom('5.7.1', '4.7.0', '5.1.1')),
    replyCode: maybe(fc.constantFrom('550', '421', '554')),
    remoteMta: maybe(fc.constantFrom(...values.ips, ...values.domains)),
    command: maybe(fc.constantFrom('RCPT', 'DATA')),
    diagnostic: text,
    reason: fc.constantFrom(...REASONS),
    hard: fc.boolean(),
    tag: maybe(fc.constantFrom('OU-002', 'TSS04', 'S3140')),
    provider: maybe(fc.constantFrom('outlook-com', 'gmail', 'unknown-x')),
    signature: maybe(fc.string({ maxLength: 20 })),
    feedbackType: maybe(text),
  });
}

function reading(values: PrivateValues): fc.Arbitrary<Reading> {
  const text = textWith(values);
  const verdict = maybe(fc.constantFrom('pass', 'fail', 'none' as const));
  const original = fc.record({
    from: maybe(text),
    returnPath: maybe(text),
    messageId: maybe(text),
    subject: maybe(text),
    received: fc.array(text, { maxLength: 3 }),
    dkimSignatures: fc.array(
      fc.record({ domain: text, selector: randomText() }),
      { maxLength: 2 },
    ),
    auth: fc.record({ spf: verdict, dkim: verdict, dmarc: verdict }),
    listUnsubscribe: maybe(text),
  });
  return fc.record({
    kind: fc.constantFrom('bounce', 'feedback', 'not-bounce' as const),
    format: randomText(),
    // Every address the reader found is a recipient, as in real readings.
    recipients: fc.tuple(...values.addresses.map((a) => recipient(a, values))),
    reportingMta: maybe(fc.constantFrom(...values.domains, 'mx.example.net')),
    provider: maybe(fc.constantFrom('outlook-com', 'yahoo')),
    ips: fc.constant(values.ips),
    domains: fc.constant(values.domains),
    original: maybe(original),
    warnings: fc.array(text, { maxLength: 2 }),
  });
}

function answer(values: PrivateValues): fc.Arbitrary<GivenAnswer> {
  return fc.record(
    {
      questionId: fc.string({ maxLength: 20 }),
      answerId: fc.string({ maxLength: 20 }),
      source: fc.constantFrom('person', 'bounce' as const),
      note: textWith(values),
    },
    { requiredKeys: ['questionId', 'answerId', 'source'] },
  );
}

/** Checklist item ids: kebab-case, as the knowledge base's fix ids are. */
const itemId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);

function triage(values: PrivateValues): fc.Arbitrary<Triage> {
  return fc.record({
    id: fc.string({ minLength: 1, maxLength: 64 }),
    createdAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    updatedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    reading: reading(values),
    recipientIndex: fc.nat({ max: 4 }),
    answers: fc.array(answer(values), { maxLength: 4 }),
    stopped: fc.boolean(),
    ticks: fc.dictionary(itemId, fc.boolean(), { maxKeys: 5 }),
    notes: fc.dictionary(itemId, textWith(values), { maxKeys: 5 }),
  });
}

/** A triage together with the private values it was built from. */
export const triageWithValues: fc.Arbitrary<{
  triage: Triage;
  values: PrivateValues;
}> = privateValues.chain((values) =>
  triage(values).map((t) => ({ triage: t, values })),
);
