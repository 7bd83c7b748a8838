/**
 * Provider review and contact routes for the ISP signatures.
 */
import type { Fix } from '../../schema';
import { europeAsiaFixes } from './europe-asia';
import { northAmericaFixes } from './north-america';

export const ispFixes: readonly Fix[] = [
  ...northAmericaFixes,
  ...europeAsiaFixes,
];
