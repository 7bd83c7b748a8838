/**
 * The classify step: puts a knowledge-base signature on each recipient of
 * a reading. A provider's signature is decisive: its reason and tag win
 * over the reader's guess, so the reading and the reference page never
 * disagree. A generic signature names wording any MTA uses, and usually
 * knows that wording better than the reader's fallback patterns; but where
 * the reader decided from the SMTP dialogue itself (a "user unknown"
 * refused after DATA is a content filter, not a missing mailbox), the
 * wording cannot overrule it.
 */
import type { Signature } from '../../knowledge/schema';
import type { Reason } from '../../knowledge/vocabulary';
import type { Reading, RecipientReading } from '../reading';
import { rankSignatures, type SignatureHit } from './match';

export { bestSignature, matchSignature, rankSignatures } from './match';
export type { MatchFacts, SignatureHit } from './match';

/**
 * Reasons the reader takes from the SMTP dialogue, not the wording: a
 * refusal after DATA is a filter, and one at MAIL FROM is a rejected
 * sender, whatever words the server chose.
 */
const FROM_DIALOGUE: readonly Reason[] = ['filtered', 'rejected'];

function isGeneric(signature: Signature): boolean {
  return signature.provider === 'generic';
}

function choose(hits: SignatureHit[], reason: Reason): SignatureHit | null {
  const best = hits[0];
  if (!best || !isGeneric(best.signature) || !FROM_DIALOGUE.includes(reason)) {
    return best ?? null;
  }
  return (
    hits.find((h) => isGeneric(h.signature) && h.signature.reason === reason) ??
    null
  );
}

function classifyRecipient(
  recipient: RecipientReading,
  provider: string | null,
  signatures: readonly Signature[],
): RecipientReading {
  const hits = rankSignatures(
    {
      diagnostic: recipient.diagnostic,
      replyCode: recipient.replyCode,
      status: recipient.status,
      provider: recipient.provider ?? provider,
    },
    signatures,
  );
  const hit = choose(hits, recipient.reason);
  if (!hit) return { ...recipient, signature: null };

  return {
    ...recipient,
    signature: hit.signature.id,
    reason: hit.signature.reason,
    tag: hit.tag ?? recipient.tag,
    provider: recipient.provider ?? provider ?? providerOf(hit.signature),
  };
}

/**
 * A provider's own wording names the provider even when no host did:
 * "5.7.515 … does not meet the required authentication level" is
 * Outlook.com's, wherever it was pasted from.
 */
function providerOf(signature: Signature): string | null {
  const { provider } = signature;
  return provider === 'generic' || provider === 'blocklist' ? null : provider;
}

/** The reading's provider, or the one its recipients' signatures name. */
function readingProvider(reading: Reading): string | null {
  if (reading.provider) return reading.provider;
  const named = new Set(reading.recipients.map((r) => r.provider));
  const [only] = named;
  return named.size === 1 && only ? only : null;
}

/** Match every recipient of a reading against the signatures. */
export function classifyReading(
  reading: Reading,
  signatures: readonly Signature[],
): Reading {
  if (reading.kind !== 'bounce') return reading;
  const classified = {
    ...reading,
    recipients: reading.recipients.map((r) =>
      classifyRecipient(r, reading.provider, signatures),
    ),
  };
  return { ...classified, provider: readingProvider(classified) };
}
