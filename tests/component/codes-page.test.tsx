import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { useTriageStore } from '../../src/state/triage-store';
import type * as EngineLoader from '../../src/state/engine-loader';
import { FIXTURE_KNOWLEDGE } from '../fixtures/code-signatures';
import { mountAt } from './codes-render';

vi.mock('../../src/state/engine-loader', async (original) => ({
  ...(await original<typeof EngineLoader>()),
  loadKnowledgeOnce: () => Promise.resolve(FIXTURE_KNOWLEDGE),
  preloadEngine: () => undefined,
}));

const OU_002 = 'OU-002: Outlook.com blocked your IP or domain';

async function openOu002() {
  mountAt('/codes/outlook-ou-002');
  return screen.findByRole('heading', { level: 1, name: OU_002 });
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('a code’s reference page', () => {
  it('shows its sections in order, focused on the title', async () => {
    expect(await openOu002()).toHaveFocus();

    const sections = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(sections).toEqual([
      'What you see',
      "What's actually happening",
      'Common causes',
      'How to fix it',
      'Stop it recurring',
      'Related errors',
      'Sources',
    ]);
  });

  it('states the codes, severity, confidence and the undocumented note', async () => {
    await openOu002();

    expect(screen.getByText('OU-002 · 550')).toBeInTheDocument();
    expect(screen.getByText('Critical')).toBeInTheDocument();
    expect(
      screen.getByText(/^High: the meaning is well established/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Microsoft does not publish this form of the code.'),
    ).toBeInTheDocument();
  });

  it('lists the causes with their share of the prior', async () => {
    await openOu002();

    const items = within(section('Common causes'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Recipients report the mail as spam, or it hits spam traps (about 55% of cases)',
      'New or quiet IP sending too much too soon (about 36% of cases)',
      'Bad neighbours on a shared IP or address range (about 9% of cases)',
    ]);
  });

  it('numbers the fix steps by phase, with blanks to fill in', async () => {
    await openOu002();
    const fix = section('How to fix it');

    const phases = within(fix)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(phases).toEqual([
      'Contain the damage',
      'Ask for a review',
      'Prevent it',
    ]);
    const review = within(section('Ask for a review'));
    expect(review.getByRole('listitem')).toHaveTextContent(
      'Send the form for <your sending IP> and name <your-domain>.',
    );
    expect(review.getByText('<your sending IP>').tagName).toBe('CODE');
  });

  it('follows a related error to its own page', async () => {
    const user = userEvent.setup();
    await openOu002();

    await user.click(
      within(section('Related errors')).getByRole('link', {
        name: /^SC-001/,
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: /^SC-001/ }),
    ).toHaveFocus();
    expect(screen.getByRole('link', { name: OU_002 })).toBeInTheDocument();
  });

  it('starts a triage with the example', async () => {
    const user = userEvent.setup();
    const router = mountAt('/codes/outlook-ou-002');

    await user.click(
      await screen.findByRole('button', { name: 'Triage this example' }),
    );

    await waitFor(() => {
      expect(router.state.location.pathname).toMatch(/^\/triage\/[\w-]+$/);
    });
    const triages = Object.values(useTriageStore.getState().triages);
    expect(triages).toHaveLength(1);
    expect(triages[0]?.reading.recipients[0]?.signature).toBe('outlook-ou-002');
  });

  it('says clearly when there is no such code, with a way back', async () => {
    const user = userEvent.setup();
    mountAt('/codes/no-such-code');

    expect(
      await screen.findByRole('heading', { name: 'No such bounce code' }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('link', { name: 'Browse the bounce codes' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bounce codes' }),
    ).toBeInTheDocument();
  });
});
