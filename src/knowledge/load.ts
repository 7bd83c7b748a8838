/**
 * Loads the knowledge base for the page. The two dynamic imports become
 * their own chunks, so the first page stays small and the data arrives
 * while the person is still pasting.
 */
import type { Knowledge } from './index';

let pending: Promise<Knowledge> | null = null;

async function loadBoth(): Promise<Knowledge> {
  const [{ SIGNATURES }, { catalogue }] = await Promise.all([
    import('./signatures'),
    import('./catalogue'),
  ]);
  return { signatures: SIGNATURES, ...catalogue };
}

/** The whole knowledge base; loaded once, then shared by every caller. */
export async function loadKnowledge(): Promise<Knowledge> {
  pending ??= loadBoth().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
