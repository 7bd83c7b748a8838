/**
 * Gmail and Google Workspace signatures, most specific first: the
 * authentication family, then routing, reputation, message and relay
 * problems, recipients, and finally sign-in replies for submission.
 */
import type { Signature } from '../../schema';
import { gmailAlignmentAndTls } from './alignment-and-tls';
import { gmailIpAndRouting } from './ip-and-routing';
import { gmailMessageAndRelay } from './message-and-relay';
import { gmailRecipient } from './recipient';
import { gmailReputation } from './reputation';
import { gmailSpfAndDkim } from './spf-and-dkim';
import { gmailSubmission } from './submission';
import { gmailUnauthenticated } from './unauthenticated';

export const googleSignatures: readonly Signature[] = [
  ...gmailUnauthenticated,
  ...gmailSpfAndDkim,
  ...gmailAlignmentAndTls,
  ...gmailIpAndRouting,
  ...gmailReputation,
  ...gmailMessageAndRelay,
  ...gmailRecipient,
  ...gmailSubmission,
];
