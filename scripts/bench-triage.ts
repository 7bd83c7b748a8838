/**
 * Time from "Start triage" to the first question, for a 100 kB bounce:
 * read, classify, read the evidence, rank the causes and choose the first
 * question — the engine work the page does before it can show step one.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { classifyReading } from '../src/engine/classify';
import { answersFromReading, runTriage } from '../src/engine/infer';
import { readBounce } from '../src/engine/read';
import { priorsFor } from '../src/engine/report';
import { knowledge } from '../src/knowledge/all';

const RUNS = 200;
const TARGET_BYTES = 100 * 1024;

/** A real Gmail bounce whose returned message is padded to 100 kB. */
function hundredKilobyteBounce(): string {
  const file = resolve(
    import.meta.dirname,
    '../../shared/corpus/emails/rhost-google-04.eml',
  );
  const base = readFileSync(file, 'utf8');
  const line = 'The quarterly report is attached below for your review.\n';
  const padding = line.repeat(
    Math.ceil((TARGET_BYTES - base.length) / line.length),
  );
  return base.trimEnd() + '\n' + padding;
}

async function firstQuestion(input: string): Promise<string | null> {
  const reading = classifyReading(
    await readBounce(input),
    knowledge.signatures,
  );
  const recipient = reading.recipients[0];
  const signature =
    knowledge.signatures.find((s) => s.id === recipient?.signature) ?? null;
  const ids = new Set(knowledge.questions.map((q) => q.id));
  const result = runTriage({
    priors: priorsFor(signature, recipient, knowledge),
    answers: answersFromReading(reading, ids),
    questions: knowledge.questions,
  });
  return result.next?.questionId ?? null;
}

const input = hundredKilobyteBounce();
const times: number[] = [];
let question: string | null = null;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  question = await firstQuestion(input);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2));
console.log(
  JSON.stringify({
    triageBounceBytes: input.length,
    firstQuestion: question,
    firstQuestionP50Ms: at(0.5),
    firstQuestionP99Ms: at(0.99),
    targetMs: 50,
  }),
);
