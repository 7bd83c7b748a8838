/**
 * Turns what a format decoder found into recipient readings: wrappers
 * cleaned off, codes and command pulled out, provider, tag and reason
 * decided, and whether a retry could ever work.
 */
import type { Reason } from '../../knowledge/vocabulary';
import { REASONS } from '../../knowledge/vocabulary';
import type { RecipientReading } from '../reading';
import { readDiagnostic } from './diagnostic';
import { detectProvider } from './provider';
import { decideReason } from './reason/decide';
import { extractTag } from './tags';
import type { FoundRecipient } from './types';

const KNOWN = new Set<string>(REASONS);
const MAX_DIAGNOSTIC = 4000;
// Retrying can never help: the address or its domain is gone for good.
const PERMANENT_REASONS = new Set<Reason>([
  'userunknown',
  'hostunknown',
  'hasmoved',
]);

/** Cleans one found recipient and decides its reason. */
export function finishRecipient(found: FoundRecipient): RecipientReading {
  // No server's reply runs longer than this; a longer "diagnostic" is a
  // paste gone wrong, and reading all of it would only cost time.
  const raw = found.diagnostic.slice(0, MAX_DIAGNOSTIC);
  const facts = readDiagnostic(raw);
  const status = pickStatus(found.status, facts.status);
  const remoteMta = found.remoteMta ?? facts.remoteMta;
  const tag = extractTag(raw);
  const provider = detectProvider(remoteMta, raw, found.address);
  const command = found.command ?? facts.command;

  const reason = decideReason({
    explicit: KNOWN.has(found.reason ?? '') ? (found.reason as Reason) : null,
    status,
    replyCode: found.replyCode ?? facts.replyCode,
    command,
    action: found.action,
    diagnosticType: found.diagnosticType,
    diagnostic: facts.text || raw,
    provider,
    tag,
  });
  return {
    address: found.address,
    action: found.action,
    status,
    replyCode: found.replyCode ?? facts.replyCode,
    remoteMta,
    command,
    diagnostic: facts.text,
    reason,
    hard: isHard(reason, status),
    tag,
    provider,
    signature: null,
    feedbackType: found.feedbackType,
  };
}

/** The code in the server's words beats the Status field's summary. */
function pickStatus(
  field: string | null,
  inText: string | null,
): string | null {
  if (!field) return inText;
  // The server's own code is first-hand; the Status field is the
  // reporting MTA's summary of it, and sometimes a worse one.
  if (inText && inText[0] === field[0]) return inText;
  return field;
}

/** True where retrying the same address can never succeed. */
export function isHard(reason: Reason, status: string | null): boolean {
  if (PERMANENT_REASONS.has(reason)) return true;
  return reason === 'notaccept' && (status?.startsWith('5.') ?? false);
}
