import { useState, type SyntheticEvent } from 'react';

import { NOT_SURE, type GivenAnswer } from '../engine/infer';
import type { Question } from '../knowledge/schema';

interface Props {
  question: Question;
  given: GivenAnswer | undefined;
  onAnswer: (answerId: string) => void;
  onBack: () => void;
}

/** One question as a radio group named by the question itself. */
export function QuestionForm({ question, given, onAnswer, onBack }: Props) {
  const [choice, setChoice] = useState(given?.answerId ?? '');
  const options = [
    ...question.answers.map((a) => ({ id: a.id, label: a.label })),
    { id: NOT_SURE, label: 'Not sure' },
  ];

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    onAnswer(choice || NOT_SURE);
  }

  return (
    <form onSubmit={submit}>
      <fieldset className="choices">
        <legend className="question-text">{question.text}</legend>
        <p className="hint">{question.help}</p>
        {given?.source === 'bounce' && (
          <p className="from-bounce">
            Answered from the bounce: {given.note}. Change it if you know
            better.
          </p>
        )}
        {options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name={question.id}
              value={option.id}
              checked={choice === option.id}
              onChange={() => {
                setChoice(option.id);
              }}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
        <button type="submit">Next</button>
      </div>
    </form>
  );
}
