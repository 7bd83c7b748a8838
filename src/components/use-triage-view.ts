import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';

import { buildReport } from '../engine/report';
import type { Triage } from '../engine/triage';
import type { Knowledge } from '../knowledge';
import { useTriageStore } from '../state/triage-store';

const triageRoute = getRouteApi('/triage/$triageId');

/** The triage in the URL, its knowledge, and its worked-out report. */
export function useTriageView() {
  const { triageId } = triageRoute.useParams();
  const knowledge: Knowledge = triageRoute.useLoaderData();
  const triage = useTriageStore((s) => s.triages[triageId]);
  const update = useTriageStore((s) => s.update);
  const report = useMemo(
    () => (triage ? buildReport(triage, knowledge) : null),
    [triage, knowledge],
  );
  const change = (fn: (t: Triage) => Triage) => {
    update(triageId, fn);
  };
  return { triageId, triage, knowledge, report, change };
}
