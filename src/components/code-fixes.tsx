import type { PhaseSteps } from '../engine/reference';
import { PHASE_TITLE } from './code-labels';

const BLANK = /(<[^<>]+>)/;

/** A step with its unfilled placeholders marked as blanks to fill in. */
function StepText({ text }: { text: string }) {
  const parts = text.split(BLANK);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="blank">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** "How to fix it": the fixes by phase, each with numbered steps. */
export function CodeFixes({ phases }: { phases: readonly PhaseSteps[] }) {
  if (phases.length === 0) {
    return <p>No fix is recorded for this code yet.</p>;
  }
  return (
    <>
      {phases.map(({ phase, items }) => (
        <section key={phase} aria-labelledby={`phase-${phase}`}>
          <h3 id={`phase-${phase}`}>{PHASE_TITLE[phase]}</h3>
          {items.map((item) => (
            <div key={item.id} className="code-fix">
              <h4>{item.title}</h4>
              <ol>
                {item.steps.map((step) => (
                  <li key={step}>
                    <StepText text={step} />
                  </li>
                ))}
              </ol>
              {item.links.length > 0 && (
                <p className="code-fix-links">
                  See:{' '}
                  {item.links.map((link, i) => (
                    <span key={link.url}>
                      {i > 0 && ', '}
                      <a href={link.url} rel="noreferrer">
                        {link.title}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
