/**
 * Names the receiving provider from the remote host (longest suffix wins,
 * so `olc.protection.outlook.com` beats `protection.outlook.com`), then
 * from the words of the bounce.
 */
import { PROVIDERS } from '../../knowledge/providers';
import { PatternGate } from '../text/pattern-gate';

const BY_SUFFIX = PROVIDERS.flatMap((p) =>
  p.hosts.map((host) => ({ id: p.id, host })),
).sort((a, b) => b.host.length - a.host.length);

const BY_TEXT = PROVIDERS.map((p) => ({
  id: p.id,
  pattern: new RegExp(p.text.join('|'), 'i'),
}));

/** Provider id whose inbound host names end like `host`, or null. */
export function providerOfHost(host: string | null): string | null {
  if (!host) return null;
  const name = host.toLowerCase().replace(/\.$/, '');
  for (const { id, host: suffix } of BY_SUFFIX) {
    if (name === suffix || name.endsWith('.' + suffix)) return id;
  }
  return null;
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
