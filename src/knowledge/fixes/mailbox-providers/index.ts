/**
 * Fixes that belong to one mailbox provider: its review route, its
 * monitoring tool, or a check only that provider makes.
 */
import type { Fix } from '../../schema';
import { appleFixes } from './apple';
import { googleFixes } from './google';
import { yahooFixes } from './yahoo';

export const mailboxProviderFixes: readonly Fix[] = [
  ...googleFixes,
  ...yahooFixes,
  ...appleFixes,
];
