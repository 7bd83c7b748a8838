/**
 * Apple iCloud Mail signatures, most specific first: tagged policy
 * refusals, then reputation-data blocks, volume and recipients.
 */
import type { Signature } from '../../schema';
import { icloudBlocksAndRecipients } from './blocks-and-recipients';
import { icloudPolicy } from './policy';

export const appleSignatures: readonly Signature[] = [
  ...icloudPolicy,
  ...icloudBlocksAndRecipients,
];
