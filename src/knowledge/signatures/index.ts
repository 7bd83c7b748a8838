/**
 * Every signature in the knowledge base, in match-priority order: the
 * provider families first, then gateways and blocklists, then the generic
 * RFC 5321/3463 signatures, which only win when nothing specific fits.
 */
import type { Signature } from '../schema';

export const SIGNATURES: readonly Signature[] = [];
