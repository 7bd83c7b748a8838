/**
 * Mailbox files: several messages one after another, each opened by a
 * "From sender date" line. A bounce and its postmaster copy often come
 * saved together this way, and each holds recipients of its own.
 */

// A mailbox holding more than this is an archive, not a bounce to triage.
const MAX_MESSAGES = 32;
const FROM_BYTES = [0x46, 0x72, 0x6f, 0x6d, 0x20];
// "From MAILER-DAEMON  Thu Jul  2 12:05:05 2020": the separator names a
// sender and then a date, which a "From " line in a body rarely does.
const SEPARATOR =
  /From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d/y;

/** True when raw input starts like a mailbox file, with a "From " line. */
export function startsAsMailbox(input: string | Uint8Array): boolean {
  if (typeof input === 'string') return input.startsWith('From ');
  return FROM_BYTES.every((byte, i) => input[i] === byte);
}

/**
 * The messages of a mailbox whose first "From " line is already gone;
 * later separator lines are dropped with the split.
 */
export function splitMailbox(text: string): string[] {
  const messages: string[] = [];
  let start = 0;

  let at = text.indexOf('\nFrom ');
  while (at >= 0 && messages.length < MAX_MESSAGES - 1) {
    SEPARATOR.lastIndex = at + 1;
    if (SEPARATOR.test(text)) {
      messages.push(text.slice(start, at + 1));
      const lineEnd = text.indexOf('\n', at + 1);
      start = lineEnd < 0 ? text.length : lineEnd + 1;
    }
    at = text.indexOf('\nFrom ', at + 1);
  }
  messages.push(text.slice(start));
  return messages.filter((message) => message.trim() !== '');
}
