import { Link, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';

import { exportDocument } from '../engine/export/document';
import { decodeShare } from '../engine/export/share';
import { buildReport } from '../engine/report';
import type { Triage } from '../engine/triage';
import type { Knowledge } from '../knowledge';
import { newTriageId, useTriageStore } from '../state/triage-store';
import { ChecklistList } from './checklist-list';
import { ChecklistSummary } from './checklist-summary';
import { providerName } from './labels';
import { useFocusHeading } from './use-focus-heading';

type Opened =
  | { state: 'opening' }
  | { state: 'failed'; message: string }
  | { state: 'open'; triage: Triage };

/** Decode the link's fragment, again whenever it changes. */
function useSharedTriage(): Opened {
  const hash = useLocation({ select: (l) => l.hash });
  const [opened, setOpened] = useState<Opened>({ state: 'opening' });
  useEffect(() => {
    let current = true;
    void decodeShare(hash).then((result) => {
      if (!current) return;
      setOpened(
        result.ok
          ? { state: 'open', triage: result.triage }
          : { state: 'failed', message: result.message },
      );
    });
    return () => {
      current = false;
    };
  }, [hash]);
  return opened;
}

function Failed({ message }: { message: string }) {
  const heading = useFocusHeading<HTMLHeadingElement>(message);
  return (
    <section aria-labelledby="shared-title" className="page">
      <h1 id="shared-title" ref={heading} tabIndex={-1}>
        This link could not be opened
      </h1>
      <p role="alert" className="error">
        {message}
      </p>
      <p className="actions">
        <Link to="/">Start a new triage</Link>
      </p>
    </section>
  );
}

function Open({ triage, knowledge }: { triage: Triage; knowledge: Knowledge }) {
  const heading = useFocusHeading<HTMLHeadingElement>(triage);
  const save = useTriageStore((s) => s.save);
  const navigate = useNavigate();
  const { doc, report } = useMemo(() => {
    const built = buildReport(triage, knowledge);
    return { report: built, doc: exportDocument(triage, built, providerName) };
  }, [triage, knowledge]);

  async function saveCopy() {
    const id = newTriageId();
    save({ ...triage, id, updatedAt: new Date().toISOString() });
    await navigate({
      to: '/triage/$triageId/checklist',
      params: { triageId: id },
    });
  }

  return (
    <section aria-labelledby="shared-title" className="page">
      <h1 id="shared-title" ref={heading} tabIndex={-1}>
        Shared checklist
      </h1>
      <p className="hint">
        Someone shared this triage with you. It is read-only here; save a copy
        to tick items and add notes in this browser.
      </p>
      <p className="actions checklist-no-print">
        <button type="button" onClick={() => void saveCopy()}>
          Save a copy
        </button>
      </p>
      <ChecklistSummary doc={doc} />
      <ChecklistList doc={doc} causeTitle={report.causeTitle} />
    </section>
  );
}

/** A triage opened from a share link: read-only, with a way to keep it. */
export function SharedChecklist({ knowledge }: { knowledge: Knowledge }) {
  const opened = useSharedTriage();
  if (opened.state === 'failed') return <Failed message={opened.message} />;
  if (opened.state === 'opening') {
    return (
      <section className="page" aria-busy="true">
        <p role="status">Opening the shared checklist…</p>
      </section>
    );
  }
  return <Open triage={opened.triage} knowledge={knowledge} />;
}
