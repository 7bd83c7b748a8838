/**
 * The checklist step: the fixes a good postmaster would work through for
 * the causes still likely, plus the signature's own route, deduplicated
 * and ordered contain → fix → request review → monitor → prevent.
 */
import type { CauseId } from '../../knowledge/causes-ids';
import type { Fix, Signature, Source } from '../../knowledge/schema';
import { PHASES, type Phase } from '../../knowledge/vocabulary';
import type { RankedCause } from '../infer/types';
import { checksFor, type PreparedCheck } from './checks';
import { fillStep, type StepValues } from './values';

export { stepValues, fillStep, type StepValues } from './values';
export type { PreparedCheck } from './checks';

/** Why an item is on the list: a likely cause, or the bounce's own route. */
export interface ItemReason {
  cause: CauseId | null;
  probability: number;
}

/** One thing to do, filled in with the values from the bounce. */
export interface ChecklistItem {
  id: string;
  title: string;
  phase: Phase;
  steps: string[];
  links: Source[];
  checks: PreparedCheck[];
  why: ItemReason[];
}

export interface ChecklistInput {
  ranking: readonly RankedCause[];
  signature: Signature | null;
  fixes: readonly Fix[];
  values: StepValues;
}

/** A cause stays on the checklist while it holds at least this much. */
export const LIKELY = 0.1;

function likelyCauses(ranking: readonly RankedCause[]): RankedCause[] {
  const likely = ranking.filter((r) => r.probability >= LIKELY);
  const top = ranking[0];
  return likely.length > 0 || !top ? likely : [top];
}

/**
 * Whether a likely cause may bring this fix onto the list: a provider's
 * own steps come only through its signature, and the generic "ask the
 * provider for a review" step is left out where the signature already
 * names the provider's own route, or the provider has none (Gmail).
 */
function pulledByCause(
  fix: Fix,
  signature: Signature | null,
  ownReview: boolean,
): boolean {
  if (fix.scope === 'signature') return false;
  if (fix.scope === 'provider-review') {
    return signature?.noReview !== true && !ownReview;
  }
  return true;
}

function toItem(
  fix: Fix,
  why: ItemReason[],
  values: StepValues,
): ChecklistItem {
  const causes = why.flatMap((w) => (w.cause ? [w.cause] : []));
  return {
    id: fix.id,
    title: fillStep(fix.title, values),
    phase: fix.phase,
    steps: fix.steps.map((s) => fillStep(s, values)),
    links: fix.links,
    checks: checksFor(causes, values),
    why,
  };
}

function weight(item: ChecklistItem): number {
  return Math.max(...item.why.map((w) => w.probability));
}

/** Build the ordered checklist for a ranking. Pure and deterministic. */
export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const byId = new Map(input.fixes.map((f) => [f.id, f]));
  const why = new Map<string, ItemReason[]>();

  for (const id of input.signature?.fixes ?? []) {
    if (byId.has(id)) why.set(id, [{ cause: null, probability: 1 }]);
  }
  const ownReview = (input.signature?.fixes ?? []).some(
    (id) => byId.get(id)?.phase === 'request-review',
  );
  const byCause = input.fixes.filter((f) =>
    pulledByCause(f, input.signature, ownReview),
  );
  for (const ranked of likelyCauses(input.ranking)) {
    for (const fix of byCause) {
      if (!fix.causes.includes(ranked.cause)) continue;
      const reasons = why.get(fix.id) ?? [];
      reasons.push({ cause: ranked.cause, probability: ranked.probability });
      why.set(fix.id, reasons);
    }
  }

  const items: ChecklistItem[] = [];
  for (const [id, reasons] of why) {
    const fix = byId.get(id);
    if (fix) items.push(toItem(fix, reasons, input.values));
  }
  return items.sort(
    (a, b) =>
      PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
      weight(b) - weight(a) ||
      a.id.localeCompare(b.id),
  );
}
