/**
 * Everything the screens and exports show about a triage, derived from
 * the triage and the knowledge base in one pure pass.
 */
import type { Knowledge } from '../knowledge';
import type { Cause, Signature } from '../knowledge/schema';
import { buildChecklist, stepValues, type ChecklistItem } from './checklist';
import { runTriage, type CausePrior, type TriageResult } from './infer';
import type { RecipientReading } from './reading';
import { triagedRecipient, type Triage } from './triage';

/** A triage with its ranking, next question and checklist worked out. */
export interface TriageReport {
  recipient: RecipientReading | undefined;
  signature: Signature | null;
  /** True when no signature fitted and the reason's causes were used. */
  generic: boolean;
  result: TriageResult;
  checklist: ChecklistItem[];
  causeTitle: (id: string) => string;
}

/** The candidate causes: the signature's, or the reason's fallback set. */
export function priorsFor(
  signature: Signature | null,
  recipient: RecipientReading | undefined,
  knowledge: Knowledge,
): readonly CausePrior[] {
  if (signature) return signature.causes;
  return knowledge.reasonCauses[recipient?.reason ?? 'undefined'];
}

function titles(causes: readonly Cause[]): (id: string) => string {
  const byId = new Map(causes.map((c) => [c.id as string, c.title]));
  return (id) => byId.get(id) ?? id;
}

/** Work out the ranking and checklist for a triage. */
export function buildReport(
  triage: Triage,
  knowledge: Knowledge,
): TriageReport {
  const recipient = triagedRecipient(triage);
  const signature =
    knowledge.signatures.find((s) => s.id === recipient?.signature) ?? null;
  const priors = priorsFor(signature, recipient, knowledge);
  const result = runTriage({
    priors,
    answers: triage.answers,
    questions: knowledge.questions,
  });
  const checklist = buildChecklist({
    ranking: result.ranking,
    signature,
    fixes: knowledge.fixes,
    values: stepValues(triage.reading, recipient),
  });
  return {
    recipient,
    signature,
    generic: signature === null,
    result,
    checklist,
    causeTitle: titles(knowledge.causes),
  };
}
