/**
 * Apple's postmaster page, the one official source for iCloud Mail bounces.
 */
import type { Source } from '../../schema';

export const ICLOUD_POSTMASTER: Source = {
  title: 'Apple Support: Postmaster information for iCloud Mail',
  url: 'https://support.apple.com/en-us/102322',
};
