/**
 * Answers the bounce already gives. A returned original message with no
 * DKIM-Signature answers the DKIM question before anyone is asked; an
 * Authentication-Results `dmarc=fail` answers the DMARC one. Each such
 * answer is marked as read from the bounce, and the person may override it.
 */
import type { AuthVerdict, Reading } from '../reading';
import type { GivenAnswer } from './types';

const FAILING: readonly AuthVerdict[] = [
  'fail',
  'softfail',
  'none',
  'permerror',
  'policy',
];

function fromAuth(
  questionId: string,
  verdict: AuthVerdict | null,
  passId: string,
  failId: string,
  label: string,
): GivenAnswer | null {
  if (!verdict) return null;
  if (verdict === 'pass') {
    return {
      questionId,
      answerId: passId,
      source: 'bounce',
      note: `Authentication-Results in the returned message: ${label}=pass`,
    };
  }
  if (!FAILING.includes(verdict)) return null;
  return {
    questionId,
    answerId: failId,
    source: 'bounce',
    note: `Authentication-Results in the returned message: ${label}=${verdict}`,
  };
}

function fromDkimSignatures(reading: Reading): GivenAnswer | null {
  const original = reading.original;
  if (!original) return null;
  const signed = original.dkimSignatures.length > 0;
  if (!signed && original.auth.dkim === 'pass') return null;
  const first = original.dkimSignatures[0];
  return {
    questionId: 'dkim-signing',
    answerId: signed ? 'signed' : 'not-signed',
    source: 'bounce',
    note: first
      ? `The returned message carries a DKIM signature (d=${first.domain}, s=${first.selector})`
      : 'The returned message carries no DKIM-Signature header',
  };
}

function fromRecipients(reading: Reading): GivenAnswer | null {
  const failed = reading.recipients.filter((r) => r.action !== 'delivered');
  const providers = new Set(
    failed.map((r) => r.provider).filter((p): p is string => p !== null),
  );
  if (providers.size < 2) return null;
  return {
    questionId: 'other-providers',
    answerId: 'several',
    source: 'bounce',
    note: `${String(providers.size)} different providers refused this message`,
  };
}

/**
 * Answers read from the bounce itself, for the questions the knowledge
 * base has. Only questions that exist are answered.
 */
export function answersFromReading(
  reading: Reading,
  questionIds: ReadonlySet<string>,
): GivenAnswer[] {
  const auth = reading.original?.auth;
  const candidates = [
    fromDkimSignatures(reading),
    fromAuth(
      'spf-record',
      auth?.spf ?? null,
      'passes',
      'fails-or-missing',
      'spf',
    ),
    fromAuth(
      'dmarc-record',
      auth?.dmarc ?? null,
      'aligned',
      'missing-or-failing',
      'dmarc',
    ),
    fromRecipients(reading),
  ];
  return candidates.filter(
    (a): a is GivenAnswer => a !== null && questionIds.has(a.questionId),
  );
}
