import { createFileRoute, Navigate, useNavigate } from '@tanstack/react-router';

import { AnswerSummary } from '../../../components/answer-summary';
import { TOPIC_TITLE } from '../../../components/labels';
import { QuestionForm } from '../../../components/question-form';
import { RankingNote } from '../../../components/ranking-note';
import { validateQuery } from '../../../components/search-params';
import { useFocusHeading } from '../../../components/use-focus-heading';
import { useTriageView } from '../../../components/use-triage-view';
import { runTriage } from '../../../engine/infer';
import { separatedCauses } from '../../../engine/infer/information';
import { priorsFor } from '../../../engine/report';
import { withAnswer } from '../../../engine/triage';

/** Question ids are short; anything longer is not one. */
const MAX_QUESTION_ID = 80;

export const Route = createFileRoute('/triage/$triageId/questions')({
  // A bad or stale `q` falls back to the next useful question.
  validateSearch: (search) => validateQuery(search, MAX_QUESTION_ID),
  component: QuestionsPage,
});

function QuestionsPage() {
  const { q } = Route.useSearch();
  const { triageId, triage, knowledge, report, change } = useTriageView();
  const navigate = useNavigate();
  const heading = useFocusHeading<HTMLHeadingElement>(q);
  if (!triage || !report) return null;

  const question = knowledge.questions.find((x) => x.id === q);
  if (!question) {
    const next = report.result.next;
    if (next && !triage.stopped) {
      return (
        <Navigate
          to="/triage/$triageId/questions"
          params={{ triageId }}
          search={{ q: next.questionId }}
          replace
        />
      );
    }
    return (
      <Navigate to="/triage/$triageId/causes" params={{ triageId }} replace />
    );
  }

  const answers = triage.answers;
  const position = answers.findIndex((a) => a.questionId === question.id);
  const number = position >= 0 ? position + 1 : answers.length + 1;
  const distribution = new Map(
    report.result.ranking.map((r) => [r.cause, r.probability]),
  );
  const separates = separatedCauses(distribution, question).map(
    report.causeTitle,
  );
  const top = report.result.ranking[0];

  function answer(answerId: string) {
    if (!triage || !report || !question) return;
    const next = withAnswer(triage.answers, {
      questionId: question.id,
      answerId,
      source: 'person',
    });
    change((t) => ({ ...t, answers: next, stopped: false }));
    const result = runTriage({
      priors: priorsFor(report.signature, report.recipient, knowledge),
      answers: next,
      questions: knowledge.questions,
    });
    void navigate(
      result.next
        ? {
            to: '/triage/$triageId/questions',
            params: { triageId },
            search: { q: result.next.questionId },
          }
        : { to: '/triage/$triageId/causes', params: { triageId } },
    );
  }

  function back() {
    const previous =
      position > 0
        ? answers[position - 1]
        : position < 0
          ? answers.at(-1)
          : undefined;
    void navigate(
      previous
        ? {
            to: '/triage/$triageId/questions',
            params: { triageId },
            search: { q: previous.questionId },
          }
        : { to: '/triage/$triageId', params: { triageId } },
    );
  }

  function stop() {
    change((t) => ({ ...t, stopped: true }));
    void navigate({ to: '/triage/$triageId/causes', params: { triageId } });
  }

  return (
    <section aria-labelledby="question-title" className="page">
      <p className="step">
        Question {number}
        {top &&
          ` · most likely so far: ${report.causeTitle(top.cause)} (${String(Math.round(top.probability * 100))}%; we stop at 85%)`}
      </p>
      <h1 id="question-title" ref={heading} tabIndex={-1}>
        {TOPIC_TITLE[question.topic]}
      </h1>
      <RankingNote moved={report.result.moved} causeTitle={report.causeTitle} />
      {separates.length > 1 && (
        <p className="why">
          Why we ask: your answer tells these likely causes apart —{' '}
          {separates.map((title) => `“${title}”`).join(', ')}.
        </p>
      )}
      <QuestionForm
        key={question.id}
        question={question}
        given={answers.find((a) => a.questionId === question.id)}
        onAnswer={answer}
        onBack={back}
      />
      <p>
        <button type="button" className="link-button" onClick={stop}>
          Stop here and see the likely causes
        </button>
      </p>
      <AnswerSummary
        triageId={triageId}
        answers={answers}
        questions={knowledge.questions}
      />
    </section>
  );
}
