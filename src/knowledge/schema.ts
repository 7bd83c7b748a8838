/**
 * The shape of the knowledge base. The data files are typed with the
 * `z.infer` types below; the content tests parse every entry with these
 * schemas, so the app itself never ships zod for the knowledge base.
 */
import { z } from 'zod';

import { CAUSE_IDS } from './causes-ids';
import { PROVIDERS } from './providers';
import {
  ACTORS,
  CONFIDENCES,
  PHASES,
  REASONS,
  SEVERITIES,
  TOPICS,
} from './vocabulary';

const providerIds = PROVIDERS.map((p) => p.id) as [string, ...string[]];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
const sentence = z.string().min(8);
const httpsUrl = z.url({ protocol: /^https$/ });

/** An official page a signature or fix cites. */
export const sourceSchema = z.object({
  title: z.string().min(3),
  url: httpsUrl,
});

/**
 * How to recognise a signature in a reading. A signature matches when
 * every dimension it gives agrees with what the bounce shows (a value the
 * bounce lacks does not disqualify it), and, where it gives tags or text,
 * at least one of them is found in the diagnostic text.
 */
export const matchSchema = z.object({
  /** The receiving provider must be one of these, when one is known. */
  providers: z.array(z.enum(providerIds)).optional(),
  /**
   * Match only when the bounce shows one of `providers`: for wording every
   * MTA uses, which means this provider's rule only when it said it.
   */
  requireProvider: z.boolean().optional(),
  /** Provider tags as they appear on the wire, e.g. `OU-002`, `TSS04`. */
  tags: z.array(z.string().min(2)).optional(),
  /** SMTP reply codes, e.g. `550`. */
  replyCodes: z.array(z.string().regex(/^[245]\d\d$/)).optional(),
  /** Enhanced status codes, or ranges such as `5.7.606-5.7.649`. */
  statuses: z
    .array(
      z
        .string()
        .regex(/^[245]\.\d{1,3}\.\d{1,3}(?:-[245]\.\d{1,3}\.\d{1,3})?$/),
    )
    .optional(),
  /** Regular-expression sources, tested case-insensitively. */
  text: z.array(z.string().min(3)).optional(),
});

/** One known bounce: what it looks like, what it means, what to do. */
export const signatureSchema = z.object({
  id,
  /** Provider id, or `generic` for any MTA, or `blocklist` for DNSBLs. */
  provider: z.union([z.enum(providerIds), z.enum(['generic', 'blocklist'])]),
  title: z.string().min(5).max(90),
  match: matchSchema,
  reason: z.enum(REASONS),
  severity: z.enum(SEVERITIES),
  permanent: z.boolean(),
  actor: z.enum(ACTORS),
  /** A real-shaped bounce line, with documentation IPs and example.com. */
  example: z.string().min(10),
  /** What is actually happening, in plain words. */
  happening: sentence,
  causes: z
    .array(z.object({ cause: z.enum(CAUSE_IDS), prior: z.number().gt(0) }))
    .min(1),
  /** Fix ids specific to this signature (its review route, mostly). */
  fixes: z.array(id),
  /** How to stop it recurring. */
  prevent: z.array(sentence).min(1),
  related: z.array(id),
  sources: z.array(sourceSchema).min(1),
  /** Where the provider publishes no meaning, say so here. */
  undocumented: sentence.optional(),
  /**
   * The provider has no review or delisting process (Gmail): the checklist
   * must not tell the person to ask for one.
   */
  noReview: z.boolean().optional(),
  confidence: z.enum(CONFIDENCES),
});

/** A reason a sender's mail gets refused, shared by many signatures. */
export const causeSchema = z.object({
  id: z.enum(CAUSE_IDS),
  title: z.string().min(5).max(70),
  summary: sentence,
});

/** One possible answer to a question, with P(answer | cause). */
export const answerSchema = z.object({
  id,
  label: z.string().min(2),
  /**
   * Likelihood of this answer under each cause it bears on. A cause
   * named by one answer of a question is named by all of them, and its
   * likelihoods sum to 1; causes left out are not moved by the question.
   */
  likelihood: z.partialRecord(z.enum(CAUSE_IDS), z.number().gt(0).lt(1)),
});

/** A diagnostic question that separates causes. */
export const questionSchema = z.object({
  id,
  topic: z.enum(TOPICS),
  text: z.string().endsWith('?'),
  help: sentence,
  answers: z.array(answerSchema).min(2),
});

/**
 * One step of a checklist. Steps may hold placeholders that the checklist
 * fills from the bounce: `{ip}`, `{domain}` (sending domain),
 * `{selector}` (DKIM selector), `{recipientDomain}`, `{remoteMta}`.
 */
export const fixSchema = z.object({
  id,
  title: z.string().min(5).max(90),
  phase: z.enum(PHASES),
  steps: z.array(sentence).min(1),
  links: z.array(sourceSchema),
  /** The causes this fix addresses; empty for a provider's own route. */
  causes: z.array(z.enum(CAUSE_IDS)),
  /**
   * How the checklist finds it. `cause` (the default): whenever one of its
   * causes is likely. `signature`: a provider's own step, only when the
   * bounce's signature lists it. `provider-review`: like `cause`, except
   * for providers that have no review process at all (`noReview`).
   */
  scope: z.enum(['cause', 'signature', 'provider-review']).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type SignatureMatch = z.infer<typeof matchSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type Cause = z.infer<typeof causeSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Fix = z.infer<typeof fixSchema>;
