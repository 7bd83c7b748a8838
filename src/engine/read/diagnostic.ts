/**
 * Cleans a server's words of the wrappers MTAs put around them, and pulls
 * out the facts those wrappers carry: the SMTP command, the remote host,
 * the reply code and the enhanced status.
 */
import { wordsNeeded } from '../text/pattern-gate';
import { collapseSpaces } from '../text/spaces';

/** What a diagnostic text says once its wrappers are taken off. */
export interface SmtpFacts {
  text: string;
  replyCode: string | null;
  status: string | null;
  command: string | null;
  remoteMta: string | null;
}

const COMMANDS: [RegExp, string][] = [
  [/^(?:rcpt|rcpt to|recipient|rcpt_to)$/i, 'RCPT'],
  [/^(?:mail|mail from|sender|mail_from)$/i, 'MAIL'],
  [/^(?:data|final data|end of data|end of data command|body)$/i, 'DATA'],
  [/^(?:helo|ehlo)$/i, 'HELO'],
  [/^(?:initial connection|connect|banner|greeting)$/i, 'CONN'],
  [/^starttls$/i, 'STARTTLS'],
  [/^auth$/i, 'AUTH'],
];

// Wrappers around the reply, each capturing the command or host it names.
const COMMAND_WRAPPERS = [
  /\(in reply to (rcpt to|mail from|data|end of data|helo|ehlo|starttls|auth|initial connection)(?: command)?\)/i,
  /smtp error from remote (?:mail )?server (?:after|for) (rcpt to|mail from|data|end of data|initial connection|helo|ehlo|rcpt|mail|starttls|auth)(?: command)?\b[^:]*?:(?:\s*<[^>]*>[^:]*:)?/i,
  /did not like our (rcpt to|mail from|final data|data|helo|ehlo)\b:?/i,
  /most progress was (rcpt to|mail from|data) response;?/i,
  // The host's name before the phrase is bounded by the lookbehind, so
  // the search stays linear in the text rather than per word start.
  /(?<!\S)(?:\S+ )?does not like (recipient|sender)\.?/i,
  />>> (rcpt to|mail from|data|helo|ehlo)\b(?::?\s*<[^<>]*>)?[^<]*(?=<<<|$)/i,
  /\bsmtp:(rcpt|mail|data)\b/i,
  /\[(rcpt_to|mail_from|data)\]/i,
  /\((data|rcpt|mail)\)/,
  /refused to accept your message \((data|rcpt|mail)\)/i,
  /\bafter (rcpt to|mail from|end of data|data|rcpt|mail)\b(?: command)?:?/i,
];

const HOST_WRAPPERS = [
  /\bhost:? ([\w.-]+\.[a-z]{2,})\.? ?\[[\da-f.:]+\](?: said:|:)?/i,
  /\bremote host ([\w.-]+\.[a-z]{2,}|[\d.]+) said:?/i,
  /^([\w.-]+\.[a-z]{2,}) \[[\da-f.:]+\] (?=did not like)/i,
  /\bhost: ([\w.-]+\.[a-z]{2,})\b/i,
  /\bwhile talking to ([\w.-]+\.[a-z]{2,})\.?:/i,
];

const NOISE = [
  /^sorry, no smtp connection got far enough;?/i,
  /(?:^|\s)(?:remote host said|the error that the other server returned was):?/i,
  /\(other mxes tried:.*$/i,
  /<<<\s*/g,
  /^technical details of (?:permanent|temporary) failure:?/i,
  /\breason:\s*/i,
];

// The plain words each wrapper needs: most diagnostics carry one or two
// of the twenty-odd wrappers, and an `includes` is far cheaper than a
// search with an expression.
const WRAPPERS = [...COMMAND_WRAPPERS, ...HOST_WRAPPERS, ...NOISE];
const NEEDS = WRAPPERS.map(wordsNeeded);
const HOSTS_FROM = COMMAND_WRAPPERS.length;
const NOISE_FROM = HOSTS_FROM + HOST_WRAPPERS.length;

/** False when a lower-cased text lacks the words wrapper `at` needs. */
function mayHold(lower: string, at: number): boolean {
  const needs = NEEDS[at];
  if (!needs) return true;
  // Plain loops: this runs for every wrapper of every diagnostic, and
  // callbacks would cost an allocation each time.
  for (const words of needs) if (holdsAll(lower, words)) return true;
  return false;
}

function holdsAll(lower: string, words: readonly string[]): boolean {
  for (const word of words) if (!lower.includes(word)) return false;
  return true;
}

/** Takes a raw diagnostic apart into clean words and SMTP facts. */
export function readDiagnostic(raw: string): SmtpFacts {
  const { text, command, remoteMta } = unwrap(raw);
  const codes = innerReply(text) ?? leadingCodes(text);
  return {
    text: dropContinuations(codes.rest, codes.replyCode),
    replyCode: codes.replyCode ?? replyIn(text),
    status: codes.status ?? statusIn(text),
    command,
    remoteMta,
  };
}

/** Only the SMTP command a diagnostic names, without reading its codes. */
export function commandOf(raw: string): string | null {
  return unwrap(raw, true).command;
}

/**
 * The words without their wrappers, and what the wrappers named. Asked
 * only for the command, it stops once a command wrapper has named one.
 */
function unwrap(
  raw: string,
  commandOnly = false,
): Omit<SmtpFacts, 'replyCode' | 'status'> {
  let text = collapseSpaces(raw).trim();
  let command: string | null = null;
  let remoteMta: string | null = null;

  let lower = text.toLowerCase();
  const takeOut = (found: string | RegExp): void => {
    const rest = text.replace(found, ' ');
    if (rest === text) return;
    text = rest;
    lower = text.toLowerCase();
  };

  for (let at = 0; at < WRAPPERS.length; at++) {
    if (commandOnly && command && at >= HOSTS_FROM) break;
    const wrapper = WRAPPERS[at];
    if (!wrapper || !mayHold(lower, at)) continue;
    if (at >= NOISE_FROM) {
      takeOut(wrapper);
      continue;
    }
    const m = wrapper.exec(text);
    if (!m) continue;
    const named = m[1] ?? '';
    if (at < HOSTS_FROM) command ??= commandName(named);
    else remoteMta ??= /[a-z]/i.test(named) ? named.toLowerCase() : null;
    takeOut(m[0]);
  }
  text = collapseSpaces(text)
    .replace(/^[\s:;.,-]+/, '')
    .trim();
  return { text, command: command ?? impliedCommand(text), remoteMta };
}

// Postfix and its kin answer a refused recipient as "<a@b>: Recipient
// address rejected" or "<a@b>: User unknown": that form is an RCPT reply.
const RCPT_FORM =
  /<[^\s<>]+@[^\s<>]+>:\s*(?:recipient address rejected|user unknown|unknown user)/i;

function impliedCommand(text: string): string | null {
  return RCPT_FORM.test(text) ? 'RCPT' : null;
}

function commandName(words: string): string | null {
  const key = words.trim().toLowerCase();
  for (const [pattern, name] of COMMANDS) if (pattern.test(key)) return name;
  return null;
}

const LEADING =
  /^(?:error_code\s*:\s*)?#?([245]\d\d)(?:[ -]+#?([245]\.\d{1,3}\.\d{1,3})\b)?[ -:]*/i;
const ZOHO_STYLE =
  /error_code\s*:\s*([245]\d\d)\b.*?error_code\s*:\s*([245]\.\d{1,3}\.\d{1,3})/i;

// Amazon SES and WorkMail wrap the last reply in angle brackets after
// their own summary: "Message expired: … <421 4.4.2 Connection timed out>".
const INNER = /<([245]\d\d) ([245]\.\d{1,3}\.\d{1,3}) [^<>@]*>/;

function innerReply(text: string): ReturnType<typeof leadingCodes> | null {
  const m = INNER.exec(text);
  if (!m) return null;
  return { replyCode: m[1] ?? null, status: m[2] ?? null, rest: text };
}

function leadingCodes(text: string): {
  replyCode: string | null;
  status: string | null;
  rest: string;
} {
  const zoho = ZOHO_STYLE.exec(text);
  if (zoho)
    return { replyCode: zoho[1] ?? null, status: zoho[2] ?? null, rest: text };
  const m =
    LEADING.exec(text) ??
    /(?:^|[\s:;([])([245]\d\d)[ -]+([245]\.\d{1,3}\.\d{1,3})\b/.exec(text);
  if (!m) return { replyCode: null, status: null, rest: text };
  const rest = m.index === 0 ? text.slice(m[0].length) : text;
  return {
    replyCode: m[1] ?? null,
    status: m[2] ?? null,
    rest: rest.trim() || text,
  };
}

// One pattern per reply code, made when the code is first met.
const CONTINUATIONS = new Map<string, RegExp>();

/** Multi-line replies repeat `550-5.7.26` on every line; keep one. */
function dropContinuations(text: string, replyCode: string | null): string {
  if (!replyCode || !text.includes(replyCode)) return text;
  let repeat = CONTINUATIONS.get(replyCode);
  if (!repeat) {
    repeat = new RegExp(
      String.raw`(?:^|\s)${replyCode}[ -](?:[245]\.\d{1,3}\.\d{1,3}\s)?`,
      'g',
    );
    CONTINUATIONS.set(replyCode, repeat);
  }
  return collapseSpaces(text.replace(repeat, ' ')).trim();
}

// A reply code inside running text, not a count of minutes or bytes.
const REPLY_IN_TEXT =
  /(?:^|[\s:;'"(-])([245][0-5]\d)(?=[\s'":;,.-]|$)(?!\s*(?:minutes?|hours?|seconds?|days?|bytes?|attempts?|times?|messages?)\b)/i;

/** The first SMTP reply code in running text, or null. */
export function replyIn(text: string): string | null {
  return REPLY_IN_TEXT.exec(text)?.[1] ?? null;
}

/** The first enhanced status code in a text, not part of an IP address. */
export function statusIn(text: string): string | null {
  const m = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(text);
  return m?.[1] ?? null;
}
