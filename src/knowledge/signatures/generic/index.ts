/**
 * Generic RFC 5321/3463 signatures for any MTA, most specific first.
 * They carry no provider and few codes, so a provider's or gateway's
 * own entry outranks them; they win only when nothing specific fits.
 */
import type { Signature } from '../../schema';

import { genericAuthSignatures } from './authentication';
import { genericConnectionSignatures } from './connection';
import { genericContentSignatures } from './content';
import { genericDeliverySignatures } from './delivery';
import { genericRecipientSignatures } from './recipient';
import { genericSenderPolicySignatures } from './sender-policy';

export const genericSignatures: readonly Signature[] = [
  ...genericContentSignatures,
  ...genericAuthSignatures,
  ...genericConnectionSignatures,
  ...genericSenderPolicySignatures,
  ...genericRecipientSignatures,
  ...genericDeliverySignatures,
];
