/**
 * The addresses, hosts and headers a reading carries as evidence for the
 * later steps: IPs (the sending one first), domains (the sender's first)
 * and the returned original's headers.
 */
import type { OriginalMessage, RecipientReading } from '../reading';
import { readOriginal } from './original';
import type { Decoded } from './types';

/** IPs, domains and original headers gathered from one message. */
export interface Evidence {
  ips: string[];
  domains: string[];
  original: OriginalMessage | null;
}

const IPV4 =
  /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/g;
// Full eight-group form, or a compressed form with "::" (so that a time
// of day such as 10:00:00 is never taken for an address).
const IPV6 =
  /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?\b/gi;
const BRACKETED = /\[((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f:]{6,})\]/gi;

/** Collects the evidence of one reading. */
export function collectEvidence(
  decoded: Decoded,
  recipients: RecipientReading[],
): Evidence {
  const original = readOriginal(decoded.original);
  const remote = new Set(recipients.map((r) => r.remoteMta));
  const diagnostics = recipients.map((r) => r.diagnostic).join('\n');

  // The IP a receiver quotes in its refusal is the sender's own.
  const quoted = bracketed(diagnostics);
  const seen = [
    ...allIps(diagnostics),
    ...(original?.received ?? []).flatMap(allIps),
  ];
  const ips = unique(
    [...quoted, ...seen].filter((ip) => ip && !remote.has(ip)),
  );

  const sender = domainOf(original?.returnPath ?? original?.from ?? null);
  const hosts = [...recipients.map((r) => r.remoteMta), decoded.reportingMta];
  const domains = unique([
    sender,
    ...recipients.map((r) => domainOf(r.address)),
    ...hosts.map((h) => h?.toLowerCase() ?? null),
  ]);
  return { ips, domains, original };
}

/** The addresses a text writes in brackets, as in `[192.0.2.1]`. */
function bracketed(text: string): string[] {
  const found: string[] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    found.push(m[1] ?? '');
  }
  return found;
}

function allIps(text: string): string[] {
  const v4 = text.match(IPV4) ?? [];
  return mayHoldIpv6(text) ? [...v4, ...(text.match(IPV6) ?? [])] : v4;
}

/** An IPv6 address has "::" or seven colons; most text has neither. */
function mayHoldIpv6(text: string): boolean {
  if (text.includes('::')) return true;
  let colons = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    if (++colons >= 7) return true;
  }
  return false;
}

function domainOf(address: string | null): string | null {
  const m = address?.match(/@([\w.-]+\.[a-z]{2,})/i);
  return m?.[1]?.toLowerCase() ?? null;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
