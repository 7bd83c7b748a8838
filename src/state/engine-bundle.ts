/**
 * Everything the paste page needs to turn text into a triage, in one
 * chunk that loads after first paint.
 */
import { classifyReading } from '../engine/classify';
import { answersFromReading } from '../engine/infer';
import { readBounce } from '../engine/read';
import { newTriage, type Triage } from '../engine/triage';
import type { Knowledge } from '../knowledge';

/** Read a pasted bounce and start a triage for it. */
export async function startTriage(
  input: string | Uint8Array,
  knowledge: Knowledge,
  id: string,
  now: string,
): Promise<Triage> {
  const reading = classifyReading(
    await readBounce(input),
    knowledge.signatures,
  );
  const questionIds = new Set(knowledge.questions.map((q) => q.id));
  return newTriage(id, now, reading, answersFromReading(reading, questionIds));
}

/** The signature a pasted bounce reads as, for the code search. */
export async function matchBounce(
  text: string,
  knowledge: Knowledge,
): Promise<string | null> {
  const reading = classifyReading(await readBounce(text), knowledge.signatures);
  return reading.recipients.find((r) => r.signature)?.signature ?? null;
}
