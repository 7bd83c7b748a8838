/**
 * Yahoo and AOL signatures, most specific first: tagged blocks and
 * deferrals, then policy and Spamhaus refusals, then addresses and pace.
 */
import type { Signature } from '../../schema';
import { yahooAddressesAndLimits } from './addresses-and-limits';
import { yahooDeferrals } from './deferrals';
import { yahooPolicy } from './policy';

export const yahooSignatures: readonly Signature[] = [
  ...yahooDeferrals,
  ...yahooPolicy,
  ...yahooAddressesAndLimits,
];
