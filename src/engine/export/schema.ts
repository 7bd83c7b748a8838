/**
 * The schema of a triage as it crosses an edge: saved in the browser,
 * exported as JSON, or carried in a share link. Anything read back from
 * outside passes through `parseTriage` first.
 */
import * as z from 'zod/mini';

import { REASONS } from '../../knowledge/vocabulary';
import type { Triage } from '../triage';

const text = z.string();
const maybe = z.nullable(z.string());

const auth = z.nullable(
  z.enum([
    'pass',
    'fail',
    'softfail',
    'neutral',
    'none',
    'temperror',
    'permerror',
    'policy',
  ]),
);

const recipient = z.object({
  address: maybe,
  action: z.nullable(
    z.enum(['failed', 'delayed', 'delivered', 'relayed', 'expanded']),
  ),
  status: maybe,
  replyCode: maybe,
  remoteMta: maybe,
  command: maybe,
  diagnostic: text,
  reason: z.enum(REASONS),
  hard: z.boolean(),
  tag: maybe,
  provider: maybe,
  signature: maybe,
  feedbackType: maybe,
});

const original = z.object({
  from: maybe,
  returnPath: maybe,
  messageId: maybe,
  subject: maybe,
  received: z.array(text),
  dkimSignatures: z.array(z.object({ domain: text, selector: text })),
  auth: z.object({ spf: auth, dkim: auth, dmarc: auth }),
  listUnsubscribe: maybe,
});

const reading = z.object({
  kind: z.enum([
    'bounce',
    'feedback',
    'auto-reply',
    'delivery-notice',
    'not-bounce',
  ]),
  format: text,
  recipients: z.array(recipient),
  reportingMta: maybe,
  provider: maybe,
  ips: z.array(text),
  domains: z.array(text),
  original: z.nullable(original),
  warnings: z.array(text),
});

const answer = z.object({
  questionId: text,
  answerId: text,
  source: z.enum(['person', 'bounce']),
  note: z.optional(text),
});

/**
 * Ticks and notes are keyed by checklist item ids, which are kebab-case
 * fix ids; any other key means the file was not written by the app.
 */
const itemId = z
  .string()
  .check(z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const triageSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: text,
  updatedAt: text,
  reading,
  recipientIndex: z.number().check(z.int(), z.nonnegative()),
  answers: z.array(answer),
  stopped: z.boolean(),
  ticks: z.record(itemId, z.boolean()),
  notes: z.record(itemId, text),
});

/** True when a value holds an own `__proto__` key, which zod drops. */
function holdsProto(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.hasOwnProperty.call(value, '__proto__')
  );
}

/** A triage from outside, or null with nothing trusted if it is malformed. */
export function parseTriage(value: unknown): Triage | null {
  const raw = value as { ticks?: unknown; notes?: unknown } | null;
  if (holdsProto(raw?.ticks) || holdsProto(raw?.notes)) return null;
  const result = triageSchema.safeParse(value);
  return result.success ? (result.data as Triage) : null;
}
