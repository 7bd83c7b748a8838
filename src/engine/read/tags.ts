/**
 * Providers' own codes inside the bounce text: `OU-002`, `S3150`,
 * `AS(508)`, `TSS04`, `BL000010`, `AUP#In-1310`, `IB607`, `CS01`, …
 * They name a rule far more precisely than the SMTP codes do.
 */

// Ordered from the most to the least specific; the first match wins.
const TAG_PATTERNS: RegExp[] = [
  /\b((?:OU|SC|DY|RP)-00\d)\b/,
  /\b(AUP#[A-Za-z]+(?:-\d+)?)/,
  /\b(AS\(\d+\))/,
  /\b(AS\d{6,})\b/,
  /\((S\d{3,5})\)/,
  /\[(S\d{3,5})\]/,
  /\[(TSS?\d\d)\]/,
  /\b(TSS\d\d)\b/,
  /\b(RLY:[A-Z0-9]+)/,
  /\[((?:CS|HM|BS)\d\d)\]/,
  /\b(HME\d)\b/,
  /\b((?:BL|ES|RL|DM)\d{6})\b/,
  /\b(IB\d{3})\b/,
  /\b((?:OFR|LPN)\d*_\d{3})\b/,
  /\b(ERS-[A-Z]+)\b/,
  /\b(MC\w*Signature\w*)/,
  /\bdelivery error: (dd)\b/,
];

// What every tag above has in it, case and all: text without any of
// these holds no tag, and one search says so instead of seventeen.
const MAY_HOLD_TAG =
  /-00\d|AUP#|AS[(\d]|[([]S\d|TSS?\d|RLY:|(?:CS|HM|BS)\d|HME\d|(?:BL|ES|RL|DM)\d|IB\d|(?:OFR|LPN)\d*_|ERS-|MC\w*Signature|delivery error: dd/;

/** The first provider tag in a diagnostic text, or null. */
export function extractTag(text: string): string | null {
  if (!MAY_HOLD_TAG.test(text)) return null;
  for (const pattern of TAG_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1]) return m[1];
  }
  return null;
}
