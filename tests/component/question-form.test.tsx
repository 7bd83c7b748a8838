import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { QuestionForm } from '../../src/components/question-form';
import type { Question } from '../../src/knowledge/schema';

const question: Question = {
  id: 'strange-sent-mail',
  topic: 'compromise',
  text: 'Do your logs show mail nobody meant to send?',
  help: 'Look at the sent log or the queue.',
  answers: [
    { id: 'yes', label: 'Yes', likelihood: {} },
    { id: 'no', label: 'No', likelihood: {} },
  ],
};

function setup(given?: Parameters<typeof QuestionForm>[0]['given']) {
  const onAnswer = vi.fn();
  const onBack = vi.fn();
  render(
    <QuestionForm
      question={question}
      given={given}
      onAnswer={onAnswer}
      onBack={onBack}
    />,
  );
  return { onAnswer, onBack };
}

describe('QuestionForm', () => {
  it('is a radio group named by the question, always with Not sure', () => {
    setup();
    const group = screen.getByRole('group', { name: question.text });
    expect(group).toBeInTheDocument();
    expect(
      screen.getAllByRole('radio').map((r) => r.getAttribute('value')),
    ).toEqual(['yes', 'no', 'not-sure']);
    expect(screen.getByRole('radio', { name: 'Not sure' })).toBeInTheDocument();
  });

  it('sends the chosen answer on Next', async () => {
    const user = userEvent.setup();
    const { onAnswer } = setup();
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onAnswer).toHaveBeenCalledWith('yes');
  });

  it('treats Next without a choice as Not sure', async () => {
    const user = userEvent.setup();
    const { onAnswer } = setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onAnswer).toHaveBeenCalledWith('not-sure');
  });

  it('shows an answer read from the bounce, preselected and changeable', async () => {
    const user = userEvent.setup();
    const { onAnswer } = setup({
      questionId: question.id,
      answerId: 'no',
      source: 'bounce',
      note: 'The sent log was clean',
    });
    expect(screen.getByText(/Answered from the bounce/)).toHaveTextContent(
      'The sent log was clean',
    );
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onAnswer).toHaveBeenCalledWith('yes');
  });

  it('goes Back without answering', async () => {
    const user = userEvent.setup();
    const { onAnswer, onBack } = setup();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect(onAnswer).not.toHaveBeenCalled();
  });
});
