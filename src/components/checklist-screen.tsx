import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';

import { exportDocument } from '../engine/export/document';
import type { Triage } from '../engine/triage';
import { ChecklistExport } from './checklist-export';
import { ChecklistList } from './checklist-list';
import { ChecklistShare } from './checklist-share';
import { ChecklistSummary } from './checklist-summary';
import { providerName } from './labels';
import { useFocusHeading } from './use-focus-heading';
import { useTriageView } from './use-triage-view';

/** Set or clear one entry of a ticks or notes record. */
function withEntry<T>(
  record: Record<string, T>,
  key: string,
  value: T,
  empty: T,
): Record<string, T> {
  const rest = Object.entries(record).filter(([k]) => k !== key);
  if (value !== empty) rest.push([key, value]);
  return Object.fromEntries(rest);
}

/** The checklist of a saved triage: tick, note, export and share. */
export function ChecklistScreen() {
  const { triageId, triage, report, change } = useTriageView();
  const heading = useFocusHeading<HTMLHeadingElement>(triageId);
  const doc = useMemo(
    () =>
      triage && report ? exportDocument(triage, report, providerName) : null,
    [triage, report],
  );
  if (!triage || !report || !doc) return null;

  function tick(itemId: string, done: boolean) {
    change((t: Triage) => ({
      ...t,
      ticks: withEntry(t.ticks, itemId, done, false),
    }));
  }

  function note(itemId: string, text: string) {
    change((t: Triage) => ({
      ...t,
      notes: withEntry(t.notes, itemId, text, ''),
    }));
  }

  return (
    <section aria-labelledby="checklist-title" className="page">
      <h1 id="checklist-title" ref={heading} tabIndex={-1}>
        Checklist
      </h1>
      <p className="hint checklist-no-print">
        Ticks and notes are saved in this browser as you go.{' '}
        <Link to="/triage/$triageId/causes" params={{ triageId }}>
          Back to the likely causes
        </Link>
      </p>
      <ChecklistSummary doc={doc} />
      <ChecklistList
        doc={doc}
        causeTitle={report.causeTitle}
        onTick={tick}
        onNote={note}
      />
      <div className="checklist-no-print">
        <ChecklistExport triage={triage} doc={doc} />
        <ChecklistShare triage={triage} />
      </div>
    </section>
  );
}
