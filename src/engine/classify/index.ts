/**
 * The classify step: puts a knowledge-base signature on each recipient of
 * a reading. Where one fits, its reason and tag win over the reader's own
 * guess, so the reading and the reference page never disagree.
 */
import type { Signature } from '../../knowledge/schema';
import type { Reading, RecipientReading } from '../reading';
import { bestSignature } from './match';

export { bestSignature, matchSignature } from './match';
export type { MatchFacts, SignatureHit } from './match';

function classifyRecipient(
  recipient: RecipientReading,
  provider: string | null,
  signatures: readonly Signature[],
): RecipientReading {
  const hit = bestSignature(
    {
      diagnostic: recipient.diagnostic,
      replyCode: recipient.replyCode,
      status: recipient.status,
      provider: recipient.provider ?? provider,
    },
    signatures,
  );
  if (!hit) return { ...recipient, signature: null };

  return {
    ...recipient,
    signature: hit.signature.id,
    reason: hit.signature.reason,
    tag: hit.tag ?? recipient.tag,
  };
}

/** Match every recipient of a reading against the signatures. */
export function classifyReading(
  reading: Reading,
  signatures: readonly Signature[],
): Reading {
  if (reading.kind !== 'bounce') return reading;
  return {
    ...reading,
    recipients: reading.recipients.map((r) =>
      classifyRecipient(r, reading.provider, signatures),
    ),
  };
}
