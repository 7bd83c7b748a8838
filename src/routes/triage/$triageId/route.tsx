import { createFileRoute, Link, Outlet } from '@tanstack/react-router';

import { loadKnowledgeOnce } from '../../../state/engine-loader';
import { useTriageStore } from '../../../state/triage-store';

export const Route = createFileRoute('/triage/$triageId')({
  loader: () => loadKnowledgeOnce(),
  component: TriageLayout,
});

function TriageLayout() {
  const { triageId } = Route.useParams();
  const exists = useTriageStore((s) => triageId in s.triages);
  if (exists) return <Outlet />;

  return (
    <section aria-labelledby="missing-title" className="page">
      <h1 id="missing-title">This triage is not saved in this browser</h1>
      <p>
        Triages live only in the browser they were made in. It may have been
        deleted, or the link came from someone else: ask them for a share link
        instead.
      </p>
      <p className="actions">
        <Link to="/">Start a new triage</Link>
      </p>
    </section>
  );
}
