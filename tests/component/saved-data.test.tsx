import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'bounce-triage/triages';

function asideKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.includes('.set-aside.'));
}

const reading = {
  kind: 'bounce',
  format: 'single-line',
  recipients: [],
  reportingMta: null,
  provider: null,
  ips: [],
  domains: [],
  original: null,
  warnings: [],
};

const good = {
  id: 'good-one',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  reading,
  recipientIndex: 0,
  answers: [],
  stopped: false,
  ticks: {},
  notes: {},
};

async function loadStore() {
  vi.resetModules();
  const store = await import('../../src/state/triage-store');
  const { SavedDataNotice } =
    await import('../../src/components/saved-data-notice');
  return { ...store, SavedDataNotice };
}

describe('saved triages that cannot be read', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('sets corrupt JSON aside, starts empty and says so', async () => {
    localStorage.setItem(KEY, '{"state": {"triages": ');
    const { useTriageStore, SavedDataNotice } = await loadStore();

    expect(useTriageStore.getState().triages).toEqual({});
    expect(asideKeys()).toHaveLength(1);
    render(<SavedDataNotice />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'One saved triage could not be read',
    );
  });

  it('keeps the valid entries and sets aside only the broken one', async () => {
    const broken = { ...good, id: 'broken', reading: { kind: 'letter' } };
    localStorage.setItem(
      KEY,
      JSON.stringify({
        state: { triages: { 'good-one': good, broken } },
        version: 1,
      }),
    );
    const { useTriageStore } = await loadStore();

    expect(Object.keys(useTriageStore.getState().triages)).toEqual([
      'good-one',
    ]);
    const [aside] = asideKeys();
    expect(JSON.parse(localStorage.getItem(aside ?? '') ?? '{}')).toEqual({
      broken,
    });
  });

  it('saves a change at once, so closing the tab loses nothing', async () => {
    const { useTriageStore } = await loadStore();
    useTriageStore.getState().save(good as never);
    useTriageStore.getState().update('good-one', (t) => ({
      ...t,
      ticks: { 'enrol-snds': true },
    }));
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as {
      state: { triages: Record<string, { ticks: unknown }> };
    };
    expect(stored.state.triages['good-one']?.ticks).toEqual({
      'enrol-snds': true,
    });
  });
});
