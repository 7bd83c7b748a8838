/** Words the reference pages use for a signature's codes and confidence. */
import type { ProviderNames } from '../engine/search';
import { PROVIDERS } from '../knowledge/providers';
import type { Signature } from '../knowledge/schema';
import type { Confidence, Phase } from '../knowledge/vocabulary';

/** Every signature provider by name, the two catch-alls included. */
export const PROVIDER_NAMES: ProviderNames = new Map<string, string>([
  ...PROVIDERS.map((p): [string, string] => [p.id, p.name]),
  ['blocklist', 'Public blocklists'],
  ['generic', 'Any mail server (standard codes)'],
]);

export function providerLabel(id: string): string {
  return PROVIDER_NAMES.get(id) ?? id;
}

/** Tags first, then reply codes and statuses, as one line. */
export function codesLine(signature: Signature): string {
  const { tags = [], replyCodes = [], statuses = [] } = signature.match;
  return [...tags, ...replyCodes, ...statuses].join(' · ');
}

export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  hi: 'High: the meaning is well established.',
  med: 'Medium: the gist is reliable; some details are inferred.',
  low: 'Low: pieced together from reports; treat it as a lead.',
};

export const PHASE_TITLE: Record<Phase, string> = {
  contain: 'Contain the damage',
  fix: 'Fix the cause',
  'request-review': 'Ask for a review',
  monitor: 'Watch that it holds',
  prevent: 'Prevent it',
};
