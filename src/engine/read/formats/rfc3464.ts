/**
 * RFC 3464 delivery status notifications: the machine-readable
 * `message/delivery-status` part, or the same fields pasted as text.
 * Where the fields carry no diagnostic, the human-readable part often
 * does, so the notice text is searched for it.
 */
import type { MessageKind } from '../../reading';
import type { Decoded, FormatDecoder, OpenedMessage } from '../types';
import { parseDsnFields } from './dsn-fields';
import { commandOf } from '../diagnostic';
import { usefulText } from './address-blocks';
import { fillFromTranscript } from './transcript-reply';
import {
  contextsOf,
  diagnosticNear,
  NoticeLines,
  splitAtOriginal,
} from './text-tools';

const FIELDS_IN_TEXT = /^(?:Final|Original)-Recipient:/im;

function decode(message: OpenedMessage): Decoded | null {
  const fieldsText =
    message.deliveryStatus ??
    (FIELDS_IN_TEXT.test(message.notice)
      ? fieldsFromText(message.notice)
      : null);
  if (!fieldsText) return null;

  const dsn = parseDsnFields(fieldsText);
  if (dsn.recipients.length === 0) return null;
  const { notice, original } = splitAtOriginal(message.notice);
  const lines = new NoticeLines(notice);

  for (const found of dsn.recipients) {
    found.command ??= commandNear(lines, found.address);
    if (found.diagnostic && !isBareCode(found.diagnostic)) continue;
    const near = diagnosticNear(lines, found.address);
    if (near) found.diagnostic = near;
  }
  const sole = dsn.recipients.length === 1 ? dsn.recipients[0] : undefined;
  if (sole) {
    fillFromTranscript(sole, notice);
    // A recipient named by a path, not an address, has its words in the
    // notice under no address at all.
    if (!sole.diagnostic) sole.diagnostic = usefulText(lines.lines);
  }
  return {
    format: 'rfc3464',
    kind: kindOf(dsn.recipients.map((r) => r.action)),
    recipients: dsn.recipients,
    reportingMta: dsn.reportingMta,
    original: message.original ?? original,
  };
}

/** The SMTP command the human-readable part names for an address. */
function commandNear(
  notice: NoticeLines,
  address: string | null,
): string | null {
  for (const context of contextsOf(notice, address)) {
    const command = commandOf(context);
    if (command) return command;
  }
  return null;
}

/** The DSN fields when they were pasted inside the text. */
function fieldsFromText(text: string): string {
  const at = text.search(
    /^(?:Reporting-MTA|Final-Recipient|Original-Recipient):/im,
  );
  return text.slice(Math.max(0, at));
}

function isBareCode(text: string): boolean {
  return /^\s*\d{3}(?:[ -]\d\.\d{1,3}\.\d{1,3})?\s*$/.test(text);
}

function kindOf(actions: (string | null)[]): MessageKind {
  const quiet = ['delivered', 'relayed', 'expanded'];
  return actions.every((a) => a !== null && quiet.includes(a))
    ? 'delivery-notice'
    : 'bounce';
}

/** Decoder for RFC 3464 delivery status notifications. */
export const rfc3464: FormatDecoder = { id: 'rfc3464', decode };
