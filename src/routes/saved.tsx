import { createFileRoute, Link } from '@tanstack/react-router';

import { useFocusHeading } from '../components/use-focus-heading';
import type { Triage } from '../engine/triage';
import { triagedRecipient } from '../engine/triage';
import { useTriageStore } from '../state/triage-store';

export const Route = createFileRoute('/saved')({
  component: SavedPage,
});

function describe(t: Triage): { code: string; detail: string } {
  const r = triagedRecipient(t);
  const code = [r?.replyCode, r?.status, r?.tag].filter(Boolean).join(' ');
  const detail = r?.signature ?? r?.reason ?? t.reading.kind;
  return { code: code || 'no code', detail };
}

const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

function SavedPage() {
  const triages = useTriageStore((s) => s.triages);
  const remove = useTriageStore((s) => s.remove);
  const heading = useFocusHeading<HTMLHeadingElement>('saved');
  const list = Object.values(triages).sort((a, b) =>
    b.updatedAt.localeCompare(a.updatedAt),
  );

  return (
    <section aria-labelledby="saved-title" className="page">
      <h1 id="saved-title" ref={heading} tabIndex={-1}>
        Saved triages
      </h1>
      <p className="hint">
        Saved in this browser only, as you go. Nothing is uploaded.
      </p>
      {list.length === 0 ? (
        <p>
          No saved triages yet. <Link to="/">Start one</Link>.
        </p>
      ) : (
        <ul className="saved-list">
          {list.map((t) => {
            const { code, detail } = describe(t);
            const when = dateFormat.format(new Date(t.updatedAt));
            return (
              <li key={t.id}>
                <Link to="/triage/$triageId" params={{ triageId: t.id }}>
                  {code}: {detail}
                </Link>{' '}
                <span className="hint">{when}</span>{' '}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Delete the triage of ${code} from ${when}`}
                  onClick={() => {
                    remove(t.id);
                  }}
                >
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
