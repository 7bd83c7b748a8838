/**
 * Redaction for share links: every address, IP and domain the bounce
 * shows is replaced, everywhere in the triage, by a numbered stand-in.
 * The same value always gets the same stand-in, so the text still reads.
 */
import type { Triage } from '../triage';

/** Local parts use RFC 5322 atext, not just letters, digits and dots. */
const ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 =
  /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?/gi;

/** Escape a literal value for use inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function collect(text: string, pattern: RegExp, into: Set<string>): void {
  for (const m of text.matchAll(pattern)) into.add(m[0].toLowerCase());
}

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
}

function hostsOf(triage: Triage): string[] {
  const { reading } = triage;
  const hosts = [...reading.domains, reading.reportingMta ?? ''];
  for (const r of reading.recipients) hosts.push(r.remoteMta ?? '');
  return hosts.filter((h) => h.includes('.')).map((h) => h.toLowerCase());
}

/** Build the replacement table: longest values first, so parts follow. */
function replacements(triage: Triage): [RegExp, string][] {
  const all: string[] = [];
  strings(triage, all);
  const addresses = new Set<string>();
  const ips = new Set<string>();
  for (const s of all) {
    collect(s, ADDRESS, addresses);
    collect(s, IPV4, ips);
    collect(s, IPV6, ips);
  }
  // The reader's own lists catch forms the patterns miss, like `::1`.
  for (const ip of triage.reading.ips) ips.add(ip.toLowerCase());
  for (const r of triage.reading.recipients) {
    if (r.address?.includes('@')) addresses.add(r.address.toLowerCase());
  }
  const domains = new Set(hostsOf(triage));
  for (const a of addresses) domains.add(a.slice(a.lastIndexOf('@') + 1));

  const table: [string, string][] = [
    ...[...addresses].map((v, i): [string, string] => [
      v,
      `[address ${String(i + 1)}]`,
    ]),
    ...[...ips].map((v, i): [string, string] => [v, `[ip ${String(i + 1)}]`]),
    ...[...domains].map((v, i): [string, string] => [
      v,
      `[domain ${String(i + 1)}]`,
    ]),
  ];
  return table
    .sort((a, b) => b[0].length - a[0].length)
    .map(([value, stand]) => [new RegExp(escape(value), 'gi'), stand]);
}

function rewrite(value: unknown, table: [RegExp, string][]): unknown {
  if (typeof value === 'string') {
    return table.reduce((s, [re, stand]) => s.replace(re, stand), value);
  }
  if (Array.isArray(value)) return value.map((v) => rewrite(v, table));
  if (value && typeof value === 'object') {
    // Keys too: an imported file may key a note by anything at all.
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        rewrite(k, table) as string,
        rewrite(v, table),
      ]),
    );
  }
  return value;
}

/** The triage with every address, IP and bounce domain replaced. */
export function redactTriage(triage: Triage): Triage {
  const table = replacements(triage);
  const redacted = rewrite(triage, table) as Triage;
  // Ids and times carry nothing private and must survive intact.
  return {
    ...redacted,
    id: triage.id,
    createdAt: triage.createdAt,
    updatedAt: triage.updatedAt,
  };
}
