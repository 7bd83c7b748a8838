/**
 * Public DNS blocklists as any receiver reports them, most specific
 * first; the last entry catches lists not named here.
 */
import type { Signature } from '../../schema';

import { otherListSignatures } from './other-lists';
import { spamhausSignatures } from './spamhaus';

export const blocklistSignatures: readonly Signature[] = [
  ...spamhausSignatures,
  ...otherListSignatures,
];
