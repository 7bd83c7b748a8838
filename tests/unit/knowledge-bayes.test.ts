/**
 * The likelihoods give the answers their intended weight. A small Bayes
 * calculation, written here rather than borrowed from the engine, checks
 * the outcomes the product promises for two well-known bounces.
 */
import { describe, expect, it } from 'vitest';

import { knowledge } from '../../src/knowledge/all';
import type { CauseId } from '../../src/knowledge/causes-ids';

type Priors = Partial<Record<CauseId, number>>;

/** Answers as question id → answer id. */
type Answers = Record<string, string>;

/**
 * prior × Π P(answer | cause), normalised. A cause a question does not
 * name gets the same factor under every answer (1 / number of answers),
 * which is what "not moved by the question" means.
 */
function posterior(priors: Priors, answers: Answers): [CauseId, number][] {
  const scores = new Map<CauseId, number>();
  for (const [cause, prior] of Object.entries(priors) as [CauseId, number][]) {
    scores.set(cause, prior);
  }

  for (const [questionId, answerId] of Object.entries(answers)) {
    const question = knowledge.questions.find((q) => q.id === questionId);
    const answer = question?.answers.find((a) => a.id === answerId);
    if (!question || !answer) throw new Error(`${questionId}=${answerId}`);
    const neutral = 1 / question.answers.length;
    for (const [cause, score] of scores) {
      scores.set(cause, score * (answer.likelihood[cause] ?? neutral));
    }
  }

  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  return [...scores]
    .map(([cause, score]): [CauseId, number] => [cause, score / total])
    .sort((a, b) => b[1] - a[1]);
}

const OUTLOOK_OU_002: Priors = {
  'complaints-spam-traps': 0.25,
  'cold-ip-volume-spike': 0.2,
  'shared-range-neighbours': 0.15,
  'authentication-failing': 0.15,
  'compromised-account-or-relay': 0.15,
  'stale-or-purchased-list': 0.1,
};

const GMAIL_UNAUTHENTICATED: Priors = {
  'authentication-failing': 0.7,
  'forwarding-breaks-authentication': 0.15,
  'sender-domain-dns-broken': 0.15,
};

describe('Outlook.com OU-002 block', () => {
  it('a volume jump with strange sent mail points to a compromise', () => {
    const ranked = posterior(OUTLOOK_OU_002, {
      'volume-change': 'jumped',
      'strange-sent-mail': 'yes',
    });
    const [first, second] = ranked;
    expect(first?.[0]).toBe('compromised-account-or-relay');
    expect(first?.[1]).toBeGreaterThan(0.6);
    expect(first?.[1] ?? 0).toBeGreaterThan(3 * (second?.[1] ?? 0));
  });

  it('a new IP that went from nothing to full volume is a cold IP', () => {
    const ranked = posterior(OUTLOOK_OU_002, {
      'ip-age': 'new',
      'volume-change': 'zero-to-full',
    });
    const [first, second] = ranked;
    expect(first?.[0]).toBe('cold-ip-volume-spike');
    expect(first?.[1]).toBeGreaterThan(0.5);
    expect(first?.[1] ?? 0).toBeGreaterThan(2 * (second?.[1] ?? 0));
  });

  it('without answers, the priors decide', () => {
    const [first] = posterior(OUTLOOK_OU_002, {});
    expect(first?.[0]).toBe('complaints-spam-traps');
  });
});

describe('Gmail 5.7.26 unauthenticated', () => {
  it('an unsigned sender stays an authentication failure', () => {
    const [first] = posterior(GMAIL_UNAUTHENTICATED, {
      'dkim-signing': 'not-signed',
    });
    expect(first?.[0]).toBe('authentication-failing');
    expect(first?.[1]).toBeGreaterThan(0.8);
  });

  it('a forwarded address with good records points to forwarding', () => {
    const [first] = posterior(GMAIL_UNAUTHENTICATED, {
      'forwarded-recipient': 'forwards',
      'spf-record': 'passes',
      'dkim-signing': 'signed',
      'dmarc-record': 'aligned',
    });
    expect(first?.[0]).toBe('forwarding-breaks-authentication');
  });
});
