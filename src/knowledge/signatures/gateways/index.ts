/**
 * Recipient-side security gateways, most specific first. Their entries
 * name the gateway as provider, so they outrank the generic signatures
 * that share their wording.
 */
import type { Signature } from '../../schema';

import { barracudaCiscoSignatures } from './barracuda-cisco';
import { mimecastSignatures } from './mimecast';
import { mimecastPolicySignatures } from './mimecast-policy';
import { proofpointSignatures } from './proofpoint';
import { trendBroadcomSignatures } from './trend-broadcom';

export const gatewaySignatures: readonly Signature[] = [
  ...proofpointSignatures,
  ...mimecastSignatures,
  ...mimecastPolicySignatures,
  ...barracudaCiscoSignatures,
  ...trendBroadcomSignatures,
];
