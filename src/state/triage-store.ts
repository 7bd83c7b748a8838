/**
 * Saved triages: every triage is saved as it changes, so closing the tab
 * loses nothing. Persisted with a version; entries that fail the schema
 * on load are set aside with a notice instead of breaking the app.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import { parseTriage } from '../engine/export/schema';
import type { Triage } from '../engine/triage';
import { safeStorage, setAside } from './safe-storage';

export const TRIAGES_KEY = 'bounce-triage/triages';
const VERSION = 1;

interface TriageState {
  triages: Record<string, Triage>;
  save: (triage: Triage) => void;
  update: (id: string, change: (t: Triage) => Triage) => void;
  remove: (id: string) => void;
}

/** Keep the entries that pass the schema; set the rest aside. */
export function validTriages(value: unknown): Record<string, Triage> {
  const entries = Object.entries(
    (value as { triages?: Record<string, unknown> } | null)?.triages ?? {},
  );
  const valid: Record<string, Triage> = {};
  const rejected: Record<string, unknown> = {};
  for (const [id, raw] of entries) {
    const triage = parseTriage(raw);
    if (triage && triage.id === id) valid[id] = triage;
    else rejected[id] = raw;
  }
  const count = Object.keys(rejected).length;
  if (count > 0) setAside(TRIAGES_KEY, JSON.stringify(rejected), count);
  return valid;
}

export const useTriageStore = create<TriageState>()(
  persist(
    (set) => ({
      triages: {},
      save: (triage) => {
        set((s) => ({ triages: { ...s.triages, [triage.id]: triage } }));
      },
      update: (id, change) => {
        set((s) => {
          const current = s.triages[id];
          if (!current) return s;
          const next = {
            ...change(current),
            updatedAt: new Date().toISOString(),
          };
          return { triages: { ...s.triages, [id]: next } };
        });
      },
      remove: (id) => {
        set((s) => {
          const rest = Object.entries(s.triages).filter(([key]) => key !== id);
          return { triages: Object.fromEntries(rest) };
        });
      },
    }),
    {
      name: TRIAGES_KEY,
      version: VERSION,
      storage: createJSONStorage(() => safeStorage),
      partialize: (s) => ({ triages: s.triages }),
      // Version 0 never shipped; anything older or unknown is validated
      // entry by entry like current data.
      migrate: (persisted) => ({ triages: validTriages(persisted) }),
      merge: (persisted, current) => ({
        ...current,
        triages: validTriages(persisted),
      }),
    },
  ),
);

/** A new, unguessable-enough id for a triage. */
export function newTriageId(): string {
  return crypto.randomUUID().slice(0, 13);
}
