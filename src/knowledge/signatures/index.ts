/**
 * Every signature in the knowledge base, in match-priority order: the
 * provider families first, then gateways and blocklists, then the generic
 * RFC 5321/3463 signatures, which only win when nothing specific fits
 * (ties go to the earlier entry).
 */
import type { Signature } from '../schema';
import { appleSignatures } from './apple';
import { blocklistSignatures } from './blocklists';
import { gatewaySignatures } from './gateways';
import { genericSignatures } from './generic';
import { googleSignatures } from './google';
import { ispSignatures } from './isps';
import { microsoftSignatures } from './microsoft';
import { yahooSignatures } from './yahoo';

export const SIGNATURES: readonly Signature[] = [
  ...microsoftSignatures,
  ...googleSignatures,
  ...yahooSignatures,
  ...appleSignatures,
  ...ispSignatures,
  ...gatewaySignatures,
  ...blocklistSignatures,
  ...genericSignatures,
];
