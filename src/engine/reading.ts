/**
 * What the reader makes of a pasted bounce. Every later step (classify,
 * infer, checklist, export) works from a `Reading`, never from raw text.
 */
import type { Reason } from '../knowledge/vocabulary';

/** What kind of message was pasted. */
export type MessageKind =
  'bounce' | 'feedback' | 'auto-reply' | 'delivery-notice' | 'not-bounce';

/** RFC 3464 Action field of one recipient. */
export type DeliveryAction =
  'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** An RFC 3463 enhanced status code, e.g. `5.7.1`. */
export type EnhancedStatus = string;

/** A three-digit SMTP reply code, e.g. `550`. */
export type ReplyCode = string;

/** A provider's own code inside the text, e.g. `OU-002`, `TSS04`. */
export type ProviderTag = string;

/** Pass, fail and the other verdicts of Authentication-Results. */
export type AuthVerdict =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'policy';

/** One bounced (or delayed, or reported) recipient. */
export interface RecipientReading {
  address: string | null;
  action: DeliveryAction | null;
  status: EnhancedStatus | null;
  replyCode: ReplyCode | null;
  /** The server that answered, e.g. `mx1.example.com`. */
  remoteMta: string | null;
  /** The SMTP command the reply answered: `RCPT`, `DATA`, … */
  command: string | null;
  /** The server's words, cleaned of MTA wrappers. */
  diagnostic: string;
  reason: Reason;
  /** True where retrying the same address can never succeed. */
  hard: boolean;
  tag: ProviderTag | null;
  /** Provider id of the receiving side, when known. */
  provider: string | null;
  /** Knowledge-base signature id, when one matched. */
  signature: string | null;
  /** ARF Feedback-Type, for feedback reports. */
  feedbackType: string | null;
}

/** A DKIM-Signature found in the returned message. */
export interface DkimSignatureRef {
  domain: string;
  selector: string;
}

/** Headers of the returned original message: the evidence trail. */
export interface OriginalMessage {
  from: string | null;
  returnPath: string | null;
  messageId: string | null;
  subject: string | null;
  received: string[];
  dkimSignatures: DkimSignatureRef[];
  auth: {
    spf: AuthVerdict | null;
    dkim: AuthVerdict | null;
    dmarc: AuthVerdict | null;
  };
  listUnsubscribe: string | null;
}

/** Everything the reader found in one pasted message. */
export interface Reading {
  kind: MessageKind;
  /** Which decoder family recognised the format, e.g. `postfix`. */
  format: string;
  recipients: RecipientReading[];
  reportingMta: string | null;
  /** Provider id of the receiving side, from hosts or text. */
  provider: string | null;
  /** IPv4 and IPv6 addresses seen, the sending IP first where known. */
  ips: string[];
  /** Domains seen: sender's first, then recipients' and hosts'. */
  domains: string[];
  original: OriginalMessage | null;
  /** Problems met while reading (truncated, undecodable part, …). */
  warnings: string[];
}
