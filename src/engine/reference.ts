/**
 * A signature's reference page worked out from the knowledge base: its
 * causes with their share of the prior, the fix steps from its own route
 * and its causes' fixes by phase, and its related signatures.
 */
import type { Knowledge } from '../knowledge';
import type { CauseId } from '../knowledge/causes-ids';
import type { Signature } from '../knowledge/schema';
import type { Phase } from '../knowledge/vocabulary';
import {
  buildChecklist,
  type ChecklistItem,
  type StepValues,
} from './checklist';
import type { RankedCause } from './infer';

/** A cause as the reference page lists it. */
export interface CauseShare {
  cause: CauseId;
  title: string;
  /** This cause's prior over the sum of the signature's priors. */
  share: number;
}

/** The fixes of one phase, in checklist order. */
export interface PhaseSteps {
  phase: Phase;
  items: ChecklistItem[];
}

/** Everything the reference page shows beyond the signature itself. */
export interface CodeReference {
  signature: Signature;
  causes: CauseShare[];
  fixes: PhaseSteps[];
  related: { id: string; title: string }[];
}

/** No bounce is at hand, so every placeholder stays a marked blank. */
const NO_VALUES: StepValues = {
  ip: null,
  domain: null,
  selector: null,
  recipientDomain: null,
  remoteMta: null,
};

function causeShares(signature: Signature, knowledge: Knowledge): CauseShare[] {
  const total = signature.causes.reduce((sum, c) => sum + c.prior, 0);
  const titles = new Map(knowledge.causes.map((c) => [c.id, c.title]));
  return signature.causes
    .map((c) => ({
      cause: c.cause,
      title: titles.get(c.cause) ?? c.cause,
      share: c.prior / total,
    }))
    .sort((a, b) => b.share - a.share);
}

function byPhase(items: readonly ChecklistItem[]): PhaseSteps[] {
  const groups: PhaseSteps[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.phase === item.phase) last.items.push(item);
    else groups.push({ phase: item.phase, items: [item] });
  }
  return groups;
}

function fixSteps(
  causes: readonly CauseShare[],
  signature: Signature,
  knowledge: Knowledge,
): PhaseSteps[] {
  const ranking: RankedCause[] = causes.map((c) => ({
    cause: c.cause,
    probability: c.share,
    prior: c.share,
    for: [],
    against: [],
  }));
  const items = buildChecklist({
    ranking,
    signature,
    fixes: knowledge.fixes,
    values: NO_VALUES,
  });
  return byPhase(items);
}

/** The reference page for a signature, or null for an unknown id. */
export function codeReference(
  id: string,
  knowledge: Knowledge,
): CodeReference | null {
  const signature = knowledge.signatures.find((s) => s.id === id);
  if (!signature) return null;

  const causes = causeShares(signature, knowledge);
  const byId = new Map(knowledge.signatures.map((s) => [s.id, s]));
  const related = signature.related.flatMap((r) => {
    const other = byId.get(r);
    return other ? [{ id: other.id, title: other.title }] : [];
  });
  return {
    signature,
    causes,
    fixes: fixSteps(causes, signature, knowledge),
    related,
  };
}
