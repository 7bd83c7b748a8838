import type { Evidence, RankedCause } from '../engine/infer';
import type { Cause, Question } from '../knowledge/schema';

interface Props {
  ranked: RankedCause;
  cause: Cause | undefined;
  questions: ReadonlyMap<string, Question>;
}

function describe(
  e: Evidence,
  questions: ReadonlyMap<string, Question>,
): string {
  const q = questions.get(e.questionId);
  const label =
    q?.answers.find((a) => a.id === e.answerId)?.label ?? e.answerId;
  const from = e.source === 'bounce' ? ' (read from the bounce)' : '';
  return `${q?.text ?? e.questionId} ${label}${from}`;
}

/** One ranked cause: how likely, why, and what speaks against it. */
export function CauseCard({ ranked, cause, questions }: Props) {
  const pct = Math.round(ranked.probability * 100);
  return (
    <article className="cause">
      <h2>
        {cause?.title ?? ranked.cause} <span className="pct">{pct}%</span>
      </h2>
      <div className="bar" aria-hidden="true">
        <span style={{ width: `${String(pct)}%` }} />
      </div>
      {cause && <p>{cause.summary}</p>}
      {ranked.for.length > 0 && (
        <>
          <h3>For</h3>
          <ul>
            {ranked.for.map((e) => (
              <li key={e.questionId}>{describe(e, questions)}</li>
            ))}
          </ul>
        </>
      )}
      {ranked.against.length > 0 && (
        <>
          <h3>Against</h3>
          <ul>
            {ranked.against.map((e) => (
              <li key={e.questionId}>{describe(e, questions)}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
