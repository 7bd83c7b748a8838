import { createFileRoute, Link } from '@tanstack/react-router';

import { AnswerSummary } from '../../../components/answer-summary';
import { CauseCard } from '../../../components/cause-card';
import { RankingNote } from '../../../components/ranking-note';
import { useFocusHeading } from '../../../components/use-focus-heading';
import { useTriageView } from '../../../components/use-triage-view';

export const Route = createFileRoute('/triage/$triageId/causes')({
  component: CausesPage,
});

/** Causes below this are listed together at the end, not as cards. */
const SHOWN = 0.02;

function CausesPage() {
  const { triageId, triage, knowledge, report } = useTriageView();
  const heading = useFocusHeading<HTMLHeadingElement>(triageId);
  if (!triage || !report) return null;

  const causes = new Map(knowledge.causes.map((c) => [c.id as string, c]));
  const questions = new Map(knowledge.questions.map((q) => [q.id, q]));
  const shown = report.result.ranking.filter((r) => r.probability >= SHOWN);
  const rest = report.result.ranking.filter((r) => r.probability < SHOWN);
  const { next, stop } = report.result;

  return (
    <section aria-labelledby="causes-title" className="page">
      <h1 id="causes-title" ref={heading} tabIndex={-1}>
        Likely causes
      </h1>
      <RankingNote moved={report.result.moved} causeTitle={report.causeTitle} />
      <p>
        {stop === 'clear-leader'
          ? 'One cause stands out clearly.'
          : 'These are ranked by how well they fit the bounce and your answers.'}
      </p>
      <ol className="causes">
        {shown.map((r) => (
          <li key={r.cause}>
            <CauseCard
              ranked={r}
              cause={causes.get(r.cause)}
              questions={questions}
            />
          </li>
        ))}
      </ol>
      {rest.length > 0 && (
        <p className="hint">
          Unlikely now: {rest.map((r) => report.causeTitle(r.cause)).join(', ')}
          .
        </p>
      )}
      <p className="actions">
        <Link
          to="/triage/$triageId/checklist"
          params={{ triageId }}
          className="button"
        >
          Build the checklist
        </Link>
        {next && (
          <Link
            to="/triage/$triageId/questions"
            params={{ triageId }}
            search={{ q: next.questionId }}
          >
            Answer more questions
          </Link>
        )}
      </p>
      <AnswerSummary
        triageId={triageId}
        answers={triage.answers}
        questions={knowledge.questions}
      />
    </section>
  );
}
