import { useId } from 'react';

import type { ExportedItem } from '../engine/export/document';
import { percent } from '../engine/export/document';

interface Props {
  item: ExportedItem;
  causeTitle: (id: string) => string;
  /** Without handlers the item is shown read-only, as in a shared link. */
  onTick?: ((done: boolean) => void) | undefined;
  onNote?: ((note: string) => void) | undefined;
}

function whyText(item: ExportedItem, causeTitle: (id: string) => string) {
  return item.why
    .map((w) =>
      w.cause
        ? `${causeTitle(w.cause)} (${percent(w.probability)})`
        : 'the route for this bounce',
    )
    .join('; ');
}

function External({ url, text }: { url: string; text: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {text}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

function Links({ item }: { item: ExportedItem }) {
  if (item.links.length === 0) return null;
  return (
    <ul className="checklist-links">
      {item.links.map((link) => (
        <li key={link.url}>
          <External url={link.url} text={link.title} />
        </li>
      ))}
    </ul>
  );
}

function Checks({ item }: { item: ExportedItem }) {
  if (item.checks.length === 0) return null;
  return (
    <>
      <p className="checklist-checks-title">Lookups to open when online:</p>
      <ul className="checklist-links">
        {item.checks.map((check) => (
          <li key={check.url}>
            <External url={check.url} text={check.label} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Note({ item, onNote, id }: Props & { id: string }) {
  if (!onNote) {
    if (!item.note) return null;
    return <p className="checklist-note-text">Note: {item.note}</p>;
  }
  return (
    <div className="checklist-note">
      <label htmlFor={id} className="checklist-note-label">
        Note for {item.title}
      </label>
      <textarea
        id={id}
        rows={2}
        value={item.note}
        onChange={(e) => {
          onNote(e.target.value);
        }}
      />
      {item.note && (
        <p className="checklist-note-text checklist-print-only">
          Note: {item.note}
        </p>
      )}
    </div>
  );
}

/** One thing to do: a checkbox, why it is there, its steps and links. */
export function ChecklistItemView(props: Props) {
  const { item, causeTitle, onTick } = props;
  const id = useId();
  return (
    <li className="checklist-item">
      <div className="checklist-item-head">
        <input
          type="checkbox"
          id={`${id}-done`}
          checked={item.done}
          disabled={!onTick}
          onChange={(e) => onTick?.(e.target.checked)}
        />
        <label htmlFor={`${id}-done`}>{item.title}</label>
      </div>
      <p className="checklist-why">Why: {whyText(item, causeTitle)}</p>
      {item.steps.length > 0 && (
        <ol className="checklist-steps">
          {item.steps.map((step, n) => (
            <li key={n}>{step}</li>
          ))}
        </ol>
      )}
      <Links item={item} />
      <Checks item={item} />
      <Note {...props} id={`${id}-note`} />
    </li>
  );
}
