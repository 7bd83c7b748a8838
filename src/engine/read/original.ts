/**
 * Evidence from the returned original message's headers: who sent it,
 * how it travelled, and how it authenticated.
 */
import type {
  AuthVerdict,
  DkimSignatureRef,
  OriginalMessage,
} from '../reading';
import { decodeHeaderWords } from './mime/decode';
import { headerValue, headerValues, parseHeaders } from './mime/headers';

const VERDICTS = new Set<AuthVerdict>([
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
]);

/** Reads the evidence in a header block; null when there is none. */
export function readOriginal(head: string | null): OriginalMessage | null {
  if (!head) return null;
  const fields = parseHeaders(head);
  if (fields.length === 0) return null;
  const auth = headerValues(fields, 'authentication-results').join('; ');

  return {
    from: words(headerValue(fields, 'from')),
    returnPath:
      headerValue(fields, 'return-path')?.replace(/[<>]/g, '').trim() || null,
    messageId: headerValue(fields, 'message-id'),
    subject: words(headerValue(fields, 'subject')),
    received: headerValues(fields, 'received'),
    dkimSignatures: headerValues(fields, 'dkim-signature').flatMap(dkimRef),
    auth: {
      spf: verdict(auth, 'spf'),
      dkim: verdict(auth, 'dkim'),
      dmarc: verdict(auth, 'dmarc'),
    },
    listUnsubscribe: headerValue(fields, 'list-unsubscribe'),
  };
}

function words(value: string | null): string | null {
  return value ? decodeHeaderWords(value) : null;
}

function dkimRef(value: string): DkimSignatureRef[] {
  const domain = /(?:^|;)\s*d=([^;\s]+)/.exec(value)?.[1];
  const selector = /(?:^|;)\s*s=([^;\s]+)/.exec(value)?.[1];
  return domain && selector ? [{ domain: domain.toLowerCase(), selector }] : [];
}

const METHODS = {
  spf: /\bspf=(\w+)/i,
  dkim: /\bdkim=(\w+)/i,
  dmarc: /\bdmarc=(\w+)/i,
};

function verdict(
  results: string,
  method: keyof typeof METHODS,
): AuthVerdict | null {
  const m = METHODS[method].exec(results);
  const value = m?.[1]?.toLowerCase() as AuthVerdict | undefined;
  return value && VERDICTS.has(value) ? value : null;
}
