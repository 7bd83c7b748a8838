/**
 * The shape of the whole knowledge base as the engine receives it. Types
 * only: the data itself loads in chunks through `load.ts`, or all at
 * once through `all.ts` in Node.
 */
import type { Reason } from './vocabulary';
import type { CausePrior } from './reason-causes';
import type { Cause, Fix, Question, Signature } from './schema';

/** Everything the engine needs to triage a bounce. */
export interface Knowledge {
  signatures: readonly Signature[];
  causes: readonly Cause[];
  questions: readonly Question[];
  /** The shared cause-driven fixes and every provider family's routes. */
  fixes: readonly Fix[];
  /** Candidate causes for a bounce that no signature matches. */
  reasonCauses: Readonly<Record<Reason, readonly CausePrior[]>>;
}

export type { CausePrior } from './reason-causes';
export type { CauseId } from './causes-ids';
export type { ProviderId } from './providers';
export type {
  Answer,
  Cause,
  Fix,
  Question,
  Signature,
  SignatureMatch,
  Source,
} from './schema';
export type {
  Actor,
  Confidence,
  Phase,
  Reason,
  Severity,
  Topic,
} from './vocabulary';
