/**
 * Decoders for plain-text bounce formats. Each family is recognised by
 * its own wording; all of them then read address blocks the same way,
 * with a family's own step where its layout differs.
 */
import { headerValue } from '../mime/headers';
import type {
  Decoded,
  FormatDecoder,
  FoundRecipient,
  OpenedMessage,
} from '../types';
import { blankRecipient } from '../types';
import {
  findAddressBlocks,
  recipientsFromBlocks,
  usefulText,
} from './address-blocks';
import { readExchange2003, readNotes } from './groupware';
import { MESSAGE_DETAILS, readMessageDetails } from './message-details';
import { isBareTranscript, readTranscript } from './sendmail-transcript';
import { readSesComplaint } from './ses-complaint';
import { splitAtOriginal } from './text-tools';
import { collapseSpaces } from '../../text/spaces';

/** How one plain-text family is recognised and read. */
interface TextFamily {
  id: string;
  /** Wording in the notice (or Subject/From) that names the family. */
  detect: RegExp;
  /** Reads the recipients when address blocks alone would not do. */
  read?: (notice: string, message: OpenedMessage) => FoundRecipient[];
}

const FAMILIES: TextFamily[] = [
  {
    id: 'googlegroups',
    detect: /googlegroups\.com|groups\.google\.com/i,
    read: readGoogleGroups,
  },
  {
    id: 'amazonses',
    detect: /"notificationType\\?"\s*:\s*\\?"Complaint/,
    read: readSesComplaint,
  },
  { id: 'message-details', detect: MESSAGE_DETAILS, read: readMessageDetails },
  {
    id: 'notes',
    detect: /^\s*-+\s*failure reasons\s*-+\s*$/im,
    read: readNotes,
  },
  {
    id: 'gmail',
    detect:
      /delivery to the following recipients? failed|google tried to deliver your message/i,
    read: readGmail,
  },
  {
    id: 'exim',
    detect:
      /created automatically by mail delivery software|following address(?:\(es\))? failed|smtp error from remote (?:mail )?server/i,
  },
  {
    id: 'qmail',
    detect:
      /this is the qmail-send program|i'm afraid i wasn't able to deliver|\(#[45]\.\d\.\d+\)/i,
  },
  { id: 'dragonfly', detect: /this is the dragonfly mail agent/i },
  {
    id: 'exchange',
    detect:
      /did not reach the following recipient|delivery has failed to these recipients/i,
    read: readExchange2003,
  },
  {
    id: 'sendmail',
    detect: /-{3,} transcript of session follows -{3,}/i,
    read: readSendmail,
  },
  { id: 'text', detect: /./ },
];

/** Sendmail lists its failures, unless it is old enough to leave them out. */
function readSendmail(notice: string): FoundRecipient[] {
  return isBareTranscript(notice)
    ? readTranscript(notice)
    : recipientsFromBlocks(findAddressBlocks(notice));
}

/** Google Groups refuses a post: the group is named, the sender refused. */
function readGoogleGroups(
  notice: string,
  message: OpenedMessage,
): FoundRecipient[] {
  const failed = headerValue(message.headers, 'x-failed-recipients');
  if (!failed) return [];
  return failed.split(',').map((address) => {
    const found = blankRecipient(address.trim().toLowerCase());
    found.diagnostic = collapseSpaces(notice.trim()).slice(0, 400);
    found.reason = 'rejected';
    return found;
  });
}

function readGmail(notice: string): FoundRecipient[] {
  const blocks = findAddressBlocks(notice);
  const error = notice.match(
    /the error that the other server returned was:\s*\n([\s\S]*?)(?:\n\s*\n|$)/i,
  );
  return recipientsFromBlocks(blocks).map((found) => {
    if (error?.[1]) found.diagnostic = usefulText(error[1].split('\n'));
    const host = notice.match(/by ([\w.-]+\.[a-z]{2,})\.? \[([\d.:a-f]+)\]/i);
    if (host?.[1]) found.remoteMta = host[1];
    return found;
  });
}

// The text every family's detector looks at, made once per message: most
// messages are offered to every family in turn.
const probes = new WeakMap<OpenedMessage, string>();

function probeOf(message: OpenedMessage): string {
  let probe = probes.get(message);
  if (probe === undefined) {
    probe = `${message.subject}\n${message.from}\n${message.notice.slice(0, 4000)}`;
    probes.set(message, probe);
  }
  return probe;
}

function decoderFor(family: TextFamily): FormatDecoder {
  return {
    id: family.id,
    decode(message: OpenedMessage): Decoded | null {
      if (!family.detect.test(probeOf(message))) return null;
      const { notice, original } = splitAtOriginal(
        unquoteForward(message.notice),
      );
      const recipients = family.read
        ? family.read(notice, message)
        : recipientsFromBlocks(findAddressBlocks(notice));
      if (recipients.length === 0)
        return failedHeaderOnly(message, notice, family.id, original);
      return {
        format: family.id,
        kind: recipients.every((r) => r.reason === 'feedback')
          ? 'feedback'
          : 'bounce',
        recipients,
        reportingMta: null,
        original: message.original ?? original,
      };
    },
  };
}

// A bounce forwarded by a person arrives quoted, "> " before each line.
const QUOTED_BOUNCE =
  /^>+ ?\s*-{3,}\s*(?:the following addresses|transcript of session)/im;

/** The notice without the quoting of a forwarded bounce. */
function unquoteForward(notice: string): string {
  return QUOTED_BOUNCE.test(notice) ? notice.replace(/^>+ ?/gm, '') : notice;
}

/** Exim names the failed addresses in a header even when the text does not. */
function failedHeaderOnly(
  message: OpenedMessage,
  notice: string,
  format: string,
  original: string | null,
): Decoded | null {
  const failed = headerValue(message.headers, 'x-failed-recipients');
  if (!failed) return null;
  const recipients = failed.split(',').map((a) => {
    const found = blankRecipient(a.trim().toLowerCase() || null);
    found.diagnostic = usefulText(notice.split('\n'));
    return found;
  });
  return {
    format,
    kind: 'bounce',
    recipients,
    reportingMta: null,
    original: message.original ?? original,
  };
}

/** Decoders for the plain-text families, most specific first. */
export const textFamilies: FormatDecoder[] = FAMILIES.filter(
  (f) => f.id !== 'text',
).map(decoderFor);

/** The catch-all text decoder: address blocks in any wording. */
export const genericText: FormatDecoder = decoderFor(
  FAMILIES.find((f) => f.id === 'text') ?? { id: 'text', detect: /./ },
);
