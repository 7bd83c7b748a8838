import {
  PHASE_TITLES,
  progress,
  type ExportDocument,
} from '../engine/export/document';
import { PHASES } from '../knowledge/vocabulary';
import { ChecklistItemView } from './checklist-item';
import './checklist.css';

interface Props {
  doc: ExportDocument;
  causeTitle: (id: string) => string;
  /** Leave both out for a read-only list. */
  onTick?: (itemId: string, done: boolean) => void;
  onNote?: (itemId: string, note: string) => void;
}

/** The checklist grouped by phase, with its progress line. */
export function ChecklistList({ doc, causeTitle, onTick, onNote }: Props) {
  if (doc.items.length === 0) {
    return <p>Nothing to do was found for this bounce.</p>;
  }
  return (
    <div className="checklist">
      <p role="status" className="checklist-progress">
        {progress(doc)}
      </p>
      {PHASES.map((phase) => {
        const items = doc.items.filter((i) => i.phase === phase);
        if (items.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`}>
            <h2 id={`phase-${phase}`}>{PHASE_TITLES[phase]}</h2>
            <ul className="checklist-items">
              {items.map((item) => (
                <ChecklistItemView
                  key={item.id}
                  item={item}
                  causeTitle={causeTitle}
                  onTick={
                    onTick &&
                    ((done) => {
                      onTick(item.id, done);
                    })
                  }
                  onNote={
                    onNote &&
                    ((note) => {
                      onNote(item.id, note);
                    })
                  }
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
