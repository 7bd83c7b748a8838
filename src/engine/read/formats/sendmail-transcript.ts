/**
 * Old sendmail (V5 and its kin) lists no failed addresses: the session
 * transcript is all there is. Each `554 <a@b>... words` line is one
 * failed recipient, and the remote reply (`<<< 550 …`) just above it,
 * in the same "While talking to" exchange, is what the server said.
 */
import { blankRecipient, type FoundRecipient } from '../types';

const TRANSCRIPT = /^\s*-+\s*transcript of session follows\s*-+\s*$/im;
const LISTED = /-{3,}\s*the following addresses? ha(?:d|ve)\b/i;
const VERDICT = /^([245]\d\d) <([^\s<>@]+@[^\s<>]+)>\.\.\. (.*)$/;

/** True where only the transcript can name the failed recipients. */
export function isBareTranscript(notice: string): boolean {
  return TRANSCRIPT.test(notice) && !LISTED.test(notice);
}

/** One recipient per verdict line, with the exchange that led to it. */
export function readTranscript(notice: string): FoundRecipient[] {
  const marker = TRANSCRIPT.exec(notice);
  if (!marker) return [];
  const found: FoundRecipient[] = [];
  let exchange: string[] = [];

  for (const raw of after(notice, marker)) {
    const line = raw.trim();
    if (/^-{3,}/.test(line)) break;
    if (/^while talking to /i.test(line)) exchange = [];
    if (/^(?:>>>|<<<)/.test(line)) exchange.push(line);
    const verdict = VERDICT.exec(line);
    if (!verdict) continue;

    const recipient = blankRecipient((verdict[2] ?? '').toLowerCase());
    recipient.diagnostic = [...exchange, wordsOf(verdict)].join(' ');
    found.push(recipient);
    // The exchange belongs to the first recipient it failed.
    exchange = [];
  }
  return found;
}

/** The verdict's words, under the remote code when it quotes one. */
function wordsOf(verdict: RegExpExecArray): string {
  const words = verdict[3] ?? '';
  return /^[245]\d\d\b/.test(words) ? words : `${verdict[1]} ${words}`;
}

/** The lines after the marker line. */
function after(notice: string, marker: RegExpExecArray): string[] {
  return notice
    .slice(marker.index + marker[0].length)
    .split('\n')
    .slice(1);
}
