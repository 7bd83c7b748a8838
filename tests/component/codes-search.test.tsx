import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type * as EngineLoader from '../../src/state/engine-loader';
import { FIXTURE_KNOWLEDGE } from '../fixtures/code-signatures';
import { mountAt } from './codes-render';

vi.mock('../../src/state/engine-loader', async (original) => ({
  ...(await original<typeof EngineLoader>()),
  loadKnowledgeOnce: () => Promise.resolve(FIXTURE_KNOWLEDGE),
  preloadEngine: () => undefined,
}));

const DMARC_BOUNCE =
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.";

function resultCount(): HTMLElement {
  const search = screen.getByRole('search', { name: 'Bounce codes' });
  return within(search).getByRole('status');
}

function resultTitles(): string[] {
  const list = screen.getByRole('list', { name: 'Matching codes' });
  return within(list)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('the code search', () => {
  it('lists every code by provider when nothing is searched', async () => {
    mountAt('/codes');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bounce codes' }),
    ).toHaveFocus();
    expect(screen.getByRole('searchbox', { name: 'Search codes' })).toHaveValue(
      '',
    );
    expect(resultCount()).toHaveTextContent('6 codes, grouped by provider.');
    const groups = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(groups).toEqual([
      'Outlook.com (Hotmail, Live, MSN)',
      'Gmail and Google Workspace',
      'Yahoo and AOL',
      'Microsoft 365 (Exchange Online)',
      'Any mail server (standard codes)',
    ]);
  });

  it('puts the exact code first and keeps the query in the address', async () => {
    const user = userEvent.setup();
    const router = mountAt('/codes');

    await user.type(
      await screen.findByRole('searchbox', { name: 'Search codes' }),
      'OU-002',
    );

    expect(resultTitles()).toEqual([
      'OU-002: Outlook.com blocked your IP or domain',
    ]);
    expect(resultCount()).toHaveTextContent('1 code matches “OU-002”.');
    expect(router.state.location.search).toEqual({ q: 'OU-002' });
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    mountAt('/codes');

    await user.type(await screen.findByRole('searchbox'), 'zzzz');

    expect(resultCount()).toHaveTextContent('No codes match “zzzz”.');
  });

  it('starts from the query in the address', async () => {
    mountAt('/codes?q=TSS04');

    expect(await screen.findByRole('searchbox')).toHaveValue('TSS04');
    expect(resultTitles()[0]).toBe(
      'TSS04: Yahoo is deferring mail for poor reputation',
    );
  });

  it('shows the whole list when the query in the address is not text', async () => {
    mountAt('/codes?q=12345');

    expect(await screen.findByRole('searchbox')).toHaveValue('');
    expect(resultCount()).toHaveTextContent('6 codes');
  });

  it('reads a pasted bounce and lists its code first, marked', async () => {
    const user = userEvent.setup();
    mountAt('/codes');

    await user.click(await screen.findByRole('searchbox'));
    await user.paste(DMARC_BOUNCE);

    expect(await screen.findByText('Matches your bounce')).toBeInTheDocument();
    expect(resultTitles()[0]).toBe('Gmail refused mail that fails DMARC');
  });
});
