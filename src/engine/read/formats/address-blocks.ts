/**
 * The home-grown plain-text bounces (Exim, qmail, Postfix without DSN,
 * Gmail, Yahoo, Courier, DragonFly, IMail, m-FILTER and their kin) share
 * one shape: a line naming a failed address, then the server's words.
 * This finds those anchors and the text that belongs to each.
 */
import { blankRecipient, type FoundRecipient } from '../types';
import { collapseSpaces } from '../../text/spaces';

/** A failed address and the lines that explain it. */
export interface AddressBlock {
  address: string;
  lines: string[];
  /** The line just above the address, where some MTAs put the reason. */
  lead: string;
}

const ADDR = String.raw`[\w.+=!#$%&'*/?^\x60{|}~-]+@[\w-]+(?:\.[\w-]+)+`;

// Each pattern captures the address (group 1) and, where the line goes
// on with the server's words, that text (group 2).
const ANCHORS: RegExp[] = [
  new RegExp(String.raw`^\s*[<"(\[]?(${ADDR})[>")\]]?\s*:?\s*$`),
  new RegExp(String.raw`^\s*[<"](${ADDR})[>"]\s*:\s*(.+)$`),
  new RegExp(String.raw`^\s*\*\s*(${ADDR})\s*$`),
  new RegExp(String.raw`^\s*(${ADDR})\s+on\s+\w{3},`),
  new RegExp(String.raw`^\s*(${ADDR})\s+\[(.+)\]\s*$`),
  new RegExp(
    String.raw`^\s*(${ADDR})\s+((?:invalid|unknown|user|mailbox|recipient|550|5\.\d).*)$`,
    'i',
  ),
  // "Unknown user: a@b", but not a quoted header naming an address.
  new RegExp(
    String.raw`^\s*(?!(?:message-id|in-reply-to|references|return-path|from|sender|reply-to|to|cc|x-[\w-]+)\s*:)[^:]{3,40}:\s*<?(${ADDR})>?\s*$`,
    'i',
  ),
  // "The following recipients returned permanent errors: a@b. Reason: …"
  new RegExp(
    String.raw`(?:recipients?|address(?:es)?)\b[^:]{0,40}:\s*<?(${ADDR})>?\.?\s+(reason:.*)$`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:to|for|recipients?|address)\s*:?\s*<(${ADDR})>(?:\s*\(.*?\))?[.:]?\s*(.*)$`,
    'i',
  ),
];

/** Finds each failed address and the lines that follow it. */
export function findAddressBlocks(notice: string): AddressBlock[] {
  const blocks: AddressBlock[] = [];
  let current: AddressBlock | null = null;
  let previous = '';

  for (const line of notice.split('\n')) {
    const anchor = matchAnchor(line);
    const lead = previous;
    // A line ending in a colon introduces the list; it gives no reason.
    if (line.trim()) previous = /:\s*$/.test(line) ? '' : line.trim();
    // A line that names the current address again is part of its story
    // ("SMTP error … after RCPT TO:<a@b>:"), not a new recipient.
    if (anchor && anchor.address === current?.address) {
      current.lines.push(line);
      continue;
    }
    if (anchor) {
      const known = blocks.find((b) => b.address === anchor.address);
      current = known ?? { address: anchor.address, lines: [], lead };
      if (!known) blocks.push(current);
      if (anchor.text) current.lines.push(anchor.text);
      continue;
    }
    if (current && current.lines.length < 30) current.lines.push(line);
  }
  return blocks;
}

const HEADER_LINE =
  /^(?:to|cc|from|sender|reply-to|return-path|message-id|in-reply-to)\s*:/i;

function matchAnchor(line: string): { address: string; text: string } | null {
  if (line.length > 400 || !line.includes('@')) return null;
  // A quoted header of the returned message names its addressee, not a
  // failure.
  if (HEADER_LINE.test(line)) return null;
  for (const [index, pattern] of ANCHORS.entries()) {
    const m = pattern.exec(line);
    if (!m?.[1]) continue;
    // "Unknown user: a@b" keeps its words in front of the address, and
    // so does a sentence naming it ("Unable to deliver message to <a@b>").
    const text =
      index === 6
        ? line.replace(m[1], '').replace(/[:<>\s]+$/, '')
        : index === ANCHORS.length - 1
          ? line
          : (m[2] ?? '');
    return { address: m[1].toLowerCase(), text: text.trim() };
  }
  return null;
}

/** Recipients from blocks, each diagnostic the block's useful lines. */
export function recipientsFromBlocks(blocks: AddressBlock[]): FoundRecipient[] {
  return blocks.map((block) => {
    const found = blankRecipient(block.address);
    found.diagnostic = usefulText(block.lines) || usefulText([block.lead]);
    return found;
  });
}

const BOILERPLATE =
  /^(?:giving up on|this is a permanent error|i'm afraid|sorry,? (?:it|we)|please |if you|the following|you (?:can|may|might)|for (?:more|further) information|technical details|learn more|-{3,}|={3,}|\*{3,})/i;

/** Joins the lines that carry the server's words, from the SMTP reply on. */
export function usefulText(lines: string[]): string {
  const kept = lines
    .map((l) => l.trim())
    .filter((l) => l && !BOILERPLATE.test(l));
  const reply = kept.findIndex((l) =>
    /(?:^|said:?\s*|:\s)[245]\d\d[ -]/.test(l),
  );
  const from = reply < 0 ? 0 : Math.max(0, wrapperStart(kept, reply));
  return collapseSpaces(kept.slice(from, from + 6).join(' ')).trim();
}

// Lines just before a reply that say where and when it was given.
const WRAPPER_LINE =
  /error from remote (?:mail )?server|^host:? \S+|does not like|while talking to|^>>>|did not like our/i;

/** Moves back over the wrapper lines that precede a reply. */
function wrapperStart(lines: string[], reply: number): number {
  let start = reply;
  while (
    start > 0 &&
    reply - start < 2 &&
    WRAPPER_LINE.test(lines[start - 1] ?? '')
  ) {
    start--;
  }
  return start;
}
