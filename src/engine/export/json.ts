/**
 * JSON export, format `bounce-triage/checklist`, version 1:
 *
 *   format      "bounce-triage/checklist"
 *   version     1; files from a newer version are refused, never half-read
 *   exportedAt  ISO 8601 time of the export
 *   triage      the saved triage exactly as `triageSchema` (schema.ts)
 *               describes it: reading, answers, ticks and notes
 *   summary     { label: value } of the bounce, as on screen
 *   causes      [{ id, title, probability }], most likely first
 *   checklist   [{ id, phase, title, done, note, steps, links }]
 *
 * `summary`, `causes` and `checklist` are for other tools and people.
 * Import reads `triage` only and works everything else out again, so a
 * file edited by hand can never smuggle in a checklist the app did not
 * make.
 */
import type { Triage } from '../triage';
import type { ExportDocument } from './document';
import { parseTriage } from './schema';

export const EXPORT_FORMAT = 'bounce-triage/checklist';
export const EXPORT_VERSION = 1;

/** Render a triage and its document as the JSON export. */
export function toJson(
  triage: Triage,
  doc: ExportDocument,
  now: string,
): string {
  const body = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    triage,
    summary: Object.fromEntries(doc.summary),
    causes: doc.causes,
    checklist: doc.items.map((i) => ({
      id: i.id,
      phase: i.phase,
      title: i.title,
      done: i.done,
      note: i.note,
      steps: i.steps,
      links: [...i.links.map((l) => l.url), ...i.checks.map((c) => c.url)],
    })),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** An imported triage, or what was wrong with the file. */
export type ImportResult =
  { ok: true; triage: Triage } | { ok: false; message: string };

/** Read a JSON export back; a bad file gives a message, not a throw. */
export function fromJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message:
        'This file is not JSON. Choose a file saved with "Download JSON".',
    };
  }
  const head = (data ?? {}) as {
    format?: unknown;
    version?: unknown;
    triage?: unknown;
  };
  if (head.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      message: 'This JSON is not a Bounce Triage checklist export.',
    };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return {
      ok: false,
      message:
        'This checklist was exported by a newer version of Bounce Triage. Reload the app to update it.',
    };
  }
  const triage =
    head.version === EXPORT_VERSION ? parseTriage(head.triage) : null;
  if (!triage) {
    return {
      ok: false,
      message:
        'This checklist file is damaged or was edited into a shape Bounce Triage cannot read.',
    };
  }
  return { ok: true, triage };
}
