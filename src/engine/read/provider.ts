/**
 * Names the receiving provider from the remote host (longest suffix wins,
 * so `olc.protection.outlook.com` beats `protection.outlook.com`), then
 * from the words of the bounce.
 */
import { PROVIDERS } from '../../knowledge/providers';
import { PatternGate } from '../text/pattern-gate';

// Host suffix to provider; where two providers list one host, the first.
const BY_SUFFIX = new Map<string, string>();
for (const provider of PROVIDERS) {
  for (const host of provider.hosts) {
    if (!BY_SUFFIX.has(host)) BY_SUFFIX.set(host, provider.id);
  }
}

const BY_TEXT = PROVIDERS.map((p) => ({
  id: p.id,
  pattern: new RegExp(p.text.join('|'), 'i'),
}));

/** Provider id whose inbound host names end like `host`, or null. */
export function providerOfHost(host: string | null): string | null {
  if (!host) return null;
  const name = host.toLowerCase().replace(/\.$/, '');
  // The name itself, then each shorter suffix after a dot: the first
  // one listed is the longest that matches.
  for (let at = 0; ;) {
    const id = BY_SUFFIX.get(name.slice(at));
    if (id) return id;
    const dot = name.indexOf('.', at);
    if (dot < 0) return null;
    at = dot + 1;
  }
}

const TEXT_GATE = new PatternGate(BY_TEXT.map((p) => p.pattern));

/** Provider id whose own wording appears in `text`, or null. */
export function providerOfText(text: string): string | null {
  if (!text) return null;
  const gated = TEXT_GATE.open(text);
  return BY_TEXT.find((_, at) => gated.test(at))?.id ?? null;
}

/** Provider from the remote host, then the text, then the domain. */
export function detectProvider(
  remoteMta: string | null,
  text: string,
  address: string | null,
): string | null {
  return (
    providerOfHost(remoteMta) ??
    providerOfText(text) ??
    providerOfHost(address?.split('@')[1] ?? null)
  );
}
