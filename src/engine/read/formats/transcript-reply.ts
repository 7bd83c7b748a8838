/**
 * Sendmail's DSN often carries no reply in its fields (`X-Unix; 255`, an
 * empty `SMTP;`), while the session transcript in the text part shows
 * the last reply the server, or the local mailer, gave.
 */
import type { FoundRecipient } from '../types';
import { replyIn } from '../diagnostic';

const TRANSCRIPT = /^\s*-+\s*transcript of session follows\s*-+\s*$/im;
const REPLY_LINE =
  /^(?:<<<\s*)?([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?\b/;

/** Last reply code (and status) in the transcript, or null. */
function lastReply(
  notice: string,
): { code: string; status: string | null } | null {
  const marker = TRANSCRIPT.exec(notice);
  if (!marker) return null;
  let last: { code: string; status: string | null } | null = null;
  for (const raw of after(notice, marker)) {
    const line = raw.trim();
    if (/^-{3,}/.test(line)) break;
    const m = REPLY_LINE.exec(line);
    if (m?.[1]) last = { code: m[1], status: m[2] ?? null };
  }
  return last;
}

/** Gives a recipient the transcript's reply where its fields had none. */
export function fillFromTranscript(
  found: FoundRecipient,
  notice: string,
): void {
  if (found.replyCode || replyIn(found.diagnostic)) return;
  const reply = lastReply(notice);
  if (!reply) return;
  found.replyCode = reply.code;
  // A field saying only "failed" (x.0.0) yields to the transcript's code.
  const vague = !found.status || /^\d\.0\.0$/.test(found.status);
  if (reply.status && vague && reply.status[0] === reply.code[0]) {
    found.status = reply.status;
  }
}

/** The lines after the marker line. */
function after(notice: string, marker: RegExpExecArray): string[] {
  return notice
    .slice(marker.index + marker[0].length)
    .split('\n')
    .slice(1);
}
