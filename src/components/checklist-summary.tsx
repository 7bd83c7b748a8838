import { percent, type ExportDocument } from '../engine/export/document';

/** The bounce in brief and its likely causes, above a checklist. */
export function ChecklistSummary({ doc }: { doc: ExportDocument }) {
  return (
    <section aria-labelledby="summary-title" className="checklist-summary">
      <h2 id="summary-title">{doc.title}</h2>
      <dl className="facts">
        {doc.summary.map(([label, value]) => (
          <div key={label} className="checklist-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {doc.diagnostic && <p className="diagnostic">{doc.diagnostic}</p>}
      {doc.causes.length > 0 && (
        <>
          <h3>Likely causes</h3>
          <ol>
            {doc.causes.map((c) => (
              <li key={c.id}>
                {c.title} ({percent(c.probability)})
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
