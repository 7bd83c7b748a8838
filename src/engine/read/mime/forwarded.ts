/**
 * Bounces that arrive inside another message: a gateway that wraps the
 * real report in a notice of its own, or a person who forwards a bounce
 * as an attachment. The attached message, not the wrapper, is the one
 * to read.
 */
import type { OpenedMessage } from '../types';
import { decodeTextPart } from './decode';
import type { MimePart } from './walk';
import { unixLineEnds } from '../../text/line-ends';

/** Attached whole messages; header-only parts cannot hold a report. */
export const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);

// The attached message is itself a delivery report.
const REPORT_HEAD = /^Content-Type:[ \t]*multipart\/report\b/im;
// A forward by a person: the subject says so, and the attachment came
// from a mail system rather than from a correspondent.
const FORWARD_SUBJECT = /^\s*(?:fwd?|fw)\s*:/i;
const SYSTEM_SENDER =
  /^From:[^\n]*(?:mailer-daemon|postmaster|mail delivery (?:sub)?system)/im;

/**
 * True when the attached message (whose header block is `head`) is the
 * bounce and the outer message only carries it. A message with a report
 * of its own is the bounce itself, whatever it returns.
 */
export function carriesBounce(opened: OpenedMessage, head: string): boolean {
  if (opened.deliveryStatus !== null || opened.feedbackReport !== null) {
    return false;
  }
  if (REPORT_HEAD.test(head)) return true;
  return FORWARD_SUBJECT.test(opened.subject) && SYSTEM_SENDER.test(head);
}

/** The attached message as text to open, and whether it still holds bytes. */
export function attachedMessage(
  part: MimePart,
  binary: boolean,
): { raw: string; binary: boolean } {
  const encoded =
    part.encoding === 'base64' || part.encoding === 'quoted-printable';
  // An 8-bit attachment keeps its bytes, so its own parts' charsets apply.
  if (!encoded) return { raw: part.body.replace(/^\s*\n/, ''), binary };
  const text = unixLineEnds(decodeTextPart(part, binary));
  return { raw: text.replace(/^\s*\n/, ''), binary: false };
}
