/**
 * Shapes passed between the parts of the reader: the opened message that
 * every format decoder looks at, and what a decoder hands back.
 */
import type { DeliveryAction, MessageKind } from '../reading';
import type { HeaderField } from './mime/headers';

/** A message split into the pieces the decoders need, already decoded. */
export interface OpenedMessage {
  headers: HeaderField[];
  subject: string;
  from: string;
  /** Human-readable text of the notice, the returned message excluded. */
  notice: string;
  /** The machine-readable RFC 3464 part, when there is one. */
  deliveryStatus: string | null;
  /** The machine-readable RFC 5965 part of a feedback report. */
  feedbackReport: string | null;
  /** Header block of the returned original message, when attached. */
  original: string | null;
  warnings: string[];
}

/** One recipient as a decoder found it, before cleaning and judging. */
export interface FoundRecipient {
  address: string | null;
  action: DeliveryAction | null;
  status: string | null;
  replyCode: string | null;
  remoteMta: string | null;
  command: string | null;
  /** The server's words as found, wrappers and all. */
  diagnostic: string;
  /** RFC 3464 diagnostic type (`SMTP`, `X-Unix`, …), upper case. */
  diagnosticType: string | null;
  feedbackType: string | null;
  /** A reason a format states outright (a vacation reply, a feedback). */
  reason: string | null;
}

/** What one format decoder made of a message. */
export interface Decoded {
  format: string;
  kind: MessageKind;
  recipients: FoundRecipient[];
  reportingMta: string | null;
  /** Header block of the returned message, when found in the text. */
  original: string | null;
}

/** One format family's decoder; returns null when it is not its format. */
export interface FormatDecoder {
  id: string;
  decode(message: OpenedMessage): Decoded | null;
}

/** An empty recipient, for decoders to fill in. */
export function blankRecipient(address: string | null): FoundRecipient {
  return {
    address,
    action: null,
    status: null,
    replyCode: null,
    remoteMta: null,
    command: null,
    diagnostic: '',
    diagnosticType: null,
    feedbackType: null,
    reason: null,
  };
}
