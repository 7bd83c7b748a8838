import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { exportDocument } from '../../src/engine/export/document';
import { toJson } from '../../src/engine/export/json';
import { buildReport } from '../../src/engine/report';
import { SHARE_MESSAGES, encodeShare } from '../../src/engine/export/share';
import type { Triage } from '../../src/engine/triage';
import { knowledge } from '../../src/knowledge/all';
import { startTriage } from '../../src/state/engine-bundle';
import { useTriageStore } from '../../src/state/triage-store';
import { mountAt } from './codes-render';

const SEED =
  "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).";
const MARKUP = '<img src=x onerror=alert(1)>';

async function seeded(): Promise<Triage> {
  const triage = await startTriage(SEED, knowledge, 't-1', '2025-01-01');
  useTriageStore.setState({ triages: { [triage.id]: triage } });
  return triage;
}

/** The checklist item titles, in order, as the engine builds them. */
function titles(triage: Triage): string[] {
  return buildReport(triage, knowledge).checklist.map((i) => i.title);
}

/** The item checkboxes, once the page has loaded. */
async function itemBoxes(): Promise<HTMLElement[]> {
  await screen.findByRole('region', { name: 'Contain' });
  return screen.getAllByRole('checkbox', {
    name: (name) => name !== 'Include addresses, IPs and domains',
  });
}

function saved(id: string): Triage | undefined {
  return useTriageStore.getState().triages[id];
}

describe('the checklist screen', () => {
  beforeEach(() => {
    localStorage.clear();
    useTriageStore.setState({ triages: {} });
  });

  it('counts ticked items and saves the ticks with the triage', async () => {
    const user = userEvent.setup();
    const triage = await seeded();
    mountAt('/triage/t-1/checklist');

    const boxes = await itemBoxes();
    const total = String(boxes.length);
    const [first = '', second = ''] = titles(triage);
    expect(boxes).toHaveLength(titles(triage).length);
    expect(
      screen.getByRole('heading', { name: 'Checklist', level: 1 }),
    ).toHaveFocus();
    expect(screen.getByText(`0 of ${total} done`)).toHaveAttribute(
      'role',
      'status',
    );

    await user.click(screen.getByRole('checkbox', { name: first }));
    await user.click(screen.getByRole('checkbox', { name: second }));

    expect(screen.getByText(`2 of ${total} done`)).toBeInTheDocument();
    expect(Object.values(saved('t-1')?.ticks ?? {})).toEqual([true, true]);
  });

  it('shows a note holding markup as text, never as markup', async () => {
    const user = userEvent.setup();
    const triage = await seeded();
    mountAt('/triage/t-1/checklist');
    await itemBoxes();
    const [first = ''] = titles(triage);

    const note = screen.getByLabelText(`Note for ${first}`);
    await user.type(note, MARKUP.replace(/[[{]/g, '$&$&'));

    expect(note).toHaveValue(MARKUP);
    expect(screen.getByText(`Note: ${MARKUP}`)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(Object.values(saved('t-1')?.notes ?? {})).toEqual([MARKUP]);
  });
});

describe('a shared link', () => {
  beforeEach(() => {
    localStorage.clear();
    useTriageStore.setState({ triages: {} });
  });

  async function sharedFragment(): Promise<{ triage: Triage; link: string }> {
    const triage = await seeded();
    useTriageStore.setState({ triages: {} });
    const [item] = buildReport(triage, knowledge).checklist;
    const itemId = item?.id ?? 'none';
    const shared = {
      ...triage,
      ticks: { [itemId]: true },
      notes: { [itemId]: MARKUP },
    };
    return { triage: shared, link: await encodeShare(shared) };
  }

  it('shows the same checklist read-only and saves a copy', async () => {
    const user = userEvent.setup();
    const { triage, link } = await sharedFragment();
    mountAt(`/shared#${link}`);

    await screen.findByRole('heading', { name: 'Shared checklist' });
    const boxes = await itemBoxes();
    const [first = ''] = titles(triage);
    const ticked = boxes.filter((b) => (b as HTMLInputElement).checked);
    expect(ticked).toEqual([screen.getByRole('checkbox', { name: first })]);
    for (const box of boxes) expect(box).toBeDisabled();
    expect(screen.getByText(`Note: ${MARKUP}`)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save a copy' }));

    await screen.findByRole('heading', { name: 'Checklist', level: 1 });
    const copies = Object.values(useTriageStore.getState().triages);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.id).not.toBe(triage.id);
    expect(copies[0]?.ticks).toEqual(triage.ticks);
    expect(copies[0]?.notes).toEqual(triage.notes);
  });

  it('shows what is wrong with a tampered link, and a way on', async () => {
    const { link } = await sharedFragment();
    const at = Math.floor(link.length / 2);
    const tampered =
      link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    mountAt(`/shared#${tampered}`);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      SHARE_MESSAGES.damaged,
    );
    expect(
      screen.getByRole('link', { name: 'Start a new triage' }),
    ).toBeInTheDocument();
  });
});

describe('importing a checklist', () => {
  it('saves an exported checklist as a new triage and opens it', async () => {
    const user = userEvent.setup();
    const triage = await seeded();
    const [first = ''] = titles(triage);
    const report = buildReport(triage, knowledge);
    const ticked = {
      ...triage,
      ticks: { [report.checklist[0]?.id ?? '']: true },
    };
    const doc = exportDocument(ticked, report, String);
    const file = new File([toJson(ticked, doc, 'now')], 'export.json', {
      type: 'application/json',
    });
    mountAt('/triage/t-1/checklist');
    await itemBoxes();

    await user.upload(screen.getByLabelText('Import checklist'), file);

    await screen.findByText(`1 of ${String(report.checklist.length)} done`);
    expect(screen.getByRole('checkbox', { name: first })).toBeChecked();
    const ids = Object.keys(useTriageStore.getState().triages);
    expect(ids).toHaveLength(2);
    const copy = ids.find((id) => id !== 't-1') ?? '';
    expect(saved(copy)?.ticks).toEqual(ticked.ticks);
  });

  it('refuses a file that is not an export, with a message', async () => {
    const user = userEvent.setup();
    await seeded();
    mountAt('/triage/t-1/checklist');
    await itemBoxes();

    const file = new File(['{"hello": 1}'], 'x.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Import checklist'), file);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'not a Bounce Triage checklist export',
    );
    expect(Object.keys(useTriageStore.getState().triages)).toEqual(['t-1']);
  });
});
