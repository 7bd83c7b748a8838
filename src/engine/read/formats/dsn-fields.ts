/**
 * Reads the fields of an RFC 3464 delivery-status body: one block of
 * per-message fields, then one block per recipient.
 */
import type { DeliveryAction } from '../../reading';
import { parseHeaders, type HeaderField } from '../mime/headers';
import { blankRecipient, type FoundRecipient } from '../types';

/** The per-message fields and the recipients of a delivery status. */
export interface DsnFields {
  reportingMta: string | null;
  recipients: FoundRecipient[];
}

const ACTIONS = new Set<DeliveryAction>([
  'failed',
  'delayed',
  'delivered',
  'relayed',
  'expanded',
]);
const RECIPIENT_START = new Set(['final-recipient', 'original-recipient']);
const REPEATABLE = new Set(['action', 'status', 'diagnostic-code']);

const DISABLED_GLOSS =
  /\((?:mailbox|account) (?:is )?(?:disabled|suspended)\b/i;

/** Parses a delivery-status body; recipients without any field are dropped. */
export function parseDsnFields(text: string): DsnFields {
  let reportingMta: string | null = null;
  const blocks: HeaderField[][] = [];

  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const fields = parseHeaders(chunk.replace(/^\s*\n/, ''));
    const mta = fields.find((f) => f.name === 'reporting-mta');
    if (mta) reportingMta ??= afterType(mta.value);
    blocks.push(...recipientBlocks(fields));
  }
  return { reportingMta, recipients: blocks.map(toRecipient) };
}

/**
 * The recipient blocks in one blank-line-separated chunk. Fields may come
 * in any order; only when a chunk names several recipients (some MTAs
 * leave out the blank lines) is it cut where a recipient field repeats.
 */
function recipientBlocks(fields: HeaderField[]): HeaderField[][] {
  const finals = fields.filter((f) => f.name === 'final-recipient').length;
  const named = fields.some((f) => RECIPIENT_START.has(f.name));
  if (!named) return [];
  if (finals <= 1) return [fields];

  const blocks: HeaderField[][] = [];
  let block: HeaderField[] = [];
  for (const field of fields) {
    const repeated = block.some((f) => f.name === field.name);
    if (
      repeated &&
      (RECIPIENT_START.has(field.name) || REPEATABLE.has(field.name))
    ) {
      blocks.push(block);
      block = [];
    }
    block.push(field);
  }
  blocks.push(block);
  return blocks;
}

function toRecipient(block: HeaderField[]): FoundRecipient {
  const get = (name: string) =>
    block.find((f) => f.name === name)?.value ?? null;
  const final = get('final-recipient');
  const original = get('original-recipient');
  const found = blankRecipient(cleanAddress(final) ?? cleanAddress(original));

  const action = (get('action') ?? '').toLowerCase().split(/[\s(]/)[0] ?? '';
  found.action = ACTIONS.has(action as DeliveryAction)
    ? (action as DeliveryAction)
    : action === 'expired'
      ? 'failed'
      : null;
  found.status =
    (get('status') ?? '').match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null;
  // PowerMTA glosses the status itself: "5.2.1 (mailbox disabled, …)".
  if (DISABLED_GLOSS.test(get('status') ?? '')) found.reason = 'suspend';
  found.remoteMta = afterType(get('remote-mta'));

  const diagnostic = get('diagnostic-code') ?? get('x-diagnostic-code') ?? '';
  const semi = diagnostic.indexOf(';');
  if (semi > 0 && semi < 16 && !/\s/.test(diagnostic.slice(0, semi))) {
    found.diagnosticType = diagnostic.slice(0, semi).toUpperCase();
    found.diagnostic = diagnostic.slice(semi + 1).trim();
  } else {
    found.diagnostic = diagnostic;
  }
  return found;
}

/** `rfc822; a@b` → `a@b`; `dns; mx.example` → `mx.example`. */
function afterType(value: string | null): string | null {
  if (!value) return null;
  const semi = value.indexOf(';');
  const text = (semi >= 0 ? value.slice(semi + 1) : value).trim();
  return text.replace(/^\[|\]$/g, '') || null;
}

/** An address from a recipient field, without angle brackets or prefixes. */
export function cleanAddress(value: string | null): string | null {
  const text = afterType(value);
  if (!text) return null;
  const match = text.match(
    /(?<![^\s<>"'(),;:])[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/,
  );
  if (match) return match[0].replace(/\.$/, '').toLowerCase();
  return null;
}
