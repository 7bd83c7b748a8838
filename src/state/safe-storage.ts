/**
 * localStorage that never takes the app down: unreadable or corrupt data
 * is moved aside under a dated key (so nothing is destroyed) and reported
 * once, and a full or blocked storage is treated as empty.
 */
import type { StateStorage } from 'zustand/middleware';

/** What was set aside on load, for the notice the app shows. */
export interface SetAside {
  key: string;
  count: number;
}

const listeners = new Set<() => void>();
let asideSoFar: readonly SetAside[] = [];

/** Be told when corrupt saved data is set aside (for useSyncExternalStore). */
export function subscribeSetAside(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Everything set aside since the app started, oldest first. */
export function setAsideSoFar(): readonly SetAside[] {
  return asideSoFar;
}

/** The person has read the notice. */
export function dismissSetAside(): void {
  asideSoFar = [];
  for (const listener of listeners) listener();
}

/** Keep a copy of data the app cannot read, and say so. */
export function setAside(key: string, raw: string, count = 1): void {
  const asideKey = `${key}.set-aside.${new Date().toISOString()}`;
  try {
    localStorage.setItem(asideKey, raw);
  } catch {
    // Storage full: the notice still tells the person what happened.
  }
  console.warn('[triage] saved data could not be read and was set aside');
  asideSoFar = [...asideSoFar, { key: asideKey, count }];
  for (const listener of listeners) listener();
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A zustand StateStorage over localStorage that checks its JSON. */
export const safeStorage: StateStorage = {
  getItem(name) {
    const raw = storage()?.getItem(name) ?? null;
    if (raw === null) return null;
    try {
      JSON.parse(raw);
      return raw;
    } catch {
      setAside(name, raw);
      storage()?.removeItem(name);
      return null;
    }
  },
  setItem(name, value) {
    try {
      storage()?.setItem(name, value);
    } catch {
      console.warn(
        '[triage] could not save: browser storage is full or blocked',
      );
    }
  },
  removeItem(name) {
    storage()?.removeItem(name);
  },
};
