/**
 * The reader, postal-mime and the knowledge base are not part of the
 * first page: they load on first use (or when the browser is idle).
 */
import type { Knowledge } from '../knowledge';

type EngineModule = typeof import('./engine-bundle');
type TriageStoreModule = typeof import('./triage-store');

let engine: Promise<EngineModule> | null = null;
let knowledge: Promise<Knowledge> | null = null;

/** The reader and classify step, loaded once. */
export function loadEngine(): Promise<EngineModule> {
  engine ??= import('./engine-bundle');
  return engine;
}

/** The knowledge base, loaded once. */
export function loadKnowledgeOnce(): Promise<Knowledge> {
  knowledge ??= import('../knowledge/load').then((m) => m.loadKnowledge());
  return knowledge;
}

/**
 * The saved triages. The paste page needs them only on submit, and their
 * schema check (zod) is too heavy for the first page.
 */
export function loadTriageStore(): Promise<TriageStoreModule> {
  return import('./triage-store');
}

/** Warm all three up while the person is still reading the first page. */
export function preloadEngine(): void {
  void loadEngine();
  void loadKnowledgeOnce();
  void loadTriageStore();
}
