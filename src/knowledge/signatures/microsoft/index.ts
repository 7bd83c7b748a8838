/**
 * Every Microsoft signature: Outlook.com (consumer) first, then
 * Microsoft 365 / Exchange Online Protection. Within a tie the earlier
 * entry wins, so the documented legacy codes come before the newer
 * front ends' opaque S-numbers.
 *
 * Each entry accepts both Microsoft providers: consumer and business
 * mail share the protection.outlook.com front ends, so a reading cannot
 * always say which of the two answered, and a wrong guess must not hide
 * the right signature.
 */
import type { Signature } from '../../schema';
import { consumerHostAuthSignatures } from './consumer-host-auth';
import { consumerLimitSignatures } from './consumer-limits';
import { consumerPolicySignatures } from './consumer-policy';
import { consumerRuleIdSignatures } from './consumer-rule-ids';
import { m365AuthSignatures } from './m365-auth';
import { m365BlockSignatures } from './m365-blocks';
import { m365LimitSignatures } from './m365-limits';
import { m365RecipientSignatures } from './m365-recipient';
import { m365RelaySignatures } from './m365-relay';
import { m365TenantSignatures } from './m365-tenant';

export const microsoftSignatures: readonly Signature[] = [
  ...consumerPolicySignatures,
  ...consumerRuleIdSignatures,
  ...consumerHostAuthSignatures,
  ...consumerLimitSignatures,
  ...m365BlockSignatures,
  ...m365AuthSignatures,
  ...m365TenantSignatures,
  ...m365LimitSignatures,
  ...m365RecipientSignatures,
  ...m365RelaySignatures,
];
