/**
 * The values from a bounce that belong in checklist steps, and how they
 * are written into a step's placeholders.
 */
import type { Reading, RecipientReading } from '../reading';

/** Values a fix step may name: `{ip}`, `{domain}`, and the rest. */
export interface StepValues {
  ip: string | null;
  domain: string | null;
  selector: string | null;
  recipientDomain: string | null;
  remoteMta: string | null;
}

/**
 * What a step says where the bounce did not show the value: a marked
 * blank that still reads as the record to look up.
 */
const FALLBACK: Record<keyof StepValues, string> = {
  ip: '<your sending IP>',
  domain: '<your-domain>',
  selector: '<selector>',
  recipientDomain: '<recipient-domain>',
  remoteMta: '<receiving server>',
};

function domainOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address
    .slice(at + 1)
    .replace(/[>\s].*$/, '')
    .toLowerCase();
  return domain.length > 0 ? domain : null;
}

/** The values this reading offers for one recipient. */
export function stepValues(
  reading: Reading,
  recipient: RecipientReading | undefined,
): StepValues {
  const original = reading.original;
  const domain =
    domainOf(original?.from) ??
    domainOf(original?.returnPath) ??
    original?.dkimSignatures[0]?.domain ??
    null;
  return {
    ip: reading.ips[0] ?? null,
    domain,
    selector: original?.dkimSignatures[0]?.selector ?? null,
    recipientDomain: domainOf(recipient?.address),
    remoteMta: recipient?.remoteMta ?? null,
  };
}

const PLACEHOLDER = /\{(ip|domain|selector|recipientDomain|remoteMta)\}/g;

/** Write the values into a step; unknown values become marked blanks. */
export function fillStep(step: string, values: StepValues): string {
  return step.replace(PLACEHOLDER, (_, key: keyof StepValues) => {
    return values[key] ?? FALLBACK[key];
  });
}
