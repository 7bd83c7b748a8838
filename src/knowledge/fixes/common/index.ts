/**
 * The fixes driven by causes rather than by one provider: each lists the
 * causes it addresses, and the checklist picks them for the likely ones.
 */
import type { Fix } from '../../schema';
import { authenticationFixes } from './authentication';
import { containFixes } from './contain';
import { listAndContentFixes } from './list-and-content';
import { preventFixes } from './prevent';
import { recipientFixes } from './recipient';
import { reviewAndMonitorFixes } from './review-and-monitor';
import { serverFixes } from './server';

export const commonFixes: readonly Fix[] = [
  ...containFixes,
  ...authenticationFixes,
  ...serverFixes,
  ...listAndContentFixes,
  ...recipientFixes,
  ...reviewAndMonitorFixes,
  ...preventFixes,
];
