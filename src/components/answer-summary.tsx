import { Link } from '@tanstack/react-router';

import { NOT_SURE, type GivenAnswer } from '../engine/infer';
import type { Question } from '../knowledge/schema';

interface Props {
  triageId: string;
  answers: readonly GivenAnswer[];
  questions: readonly Question[];
}

function answerLabel(question: Question, answerId: string): string {
  if (answerId === NOT_SURE) return 'Not sure';
  return question.answers.find((a) => a.id === answerId)?.label ?? answerId;
}

/** Earlier answers, each with a way back to change it. */
export function AnswerSummary({ triageId, answers, questions }: Props) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const rows = answers.flatMap((a) => {
    const q = byId.get(a.questionId);
    return q ? [{ a, q }] : [];
  });
  if (rows.length === 0) return null;

  return (
    <section aria-labelledby="answers-title" className="answers">
      <h2 id="answers-title">Your answers so far</h2>
      <ul>
        {rows.map(({ a, q }) => (
          <li key={q.id}>
            <span>{q.text}</span> <strong>{answerLabel(q, a.answerId)}</strong>
            {a.source === 'bounce' && (
              <span className="badge">read from the bounce</span>
            )}{' '}
            <Link
              to="/triage/$triageId/questions"
              params={{ triageId }}
              search={{ q: q.id }}
              aria-label={`Change your answer to: ${q.text}`}
            >
              Change
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
