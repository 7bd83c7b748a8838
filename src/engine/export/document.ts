/**
 * The exported document: one plain structure that the Markdown, text and
 * JSON exports all render, so the three never disagree.
 */
import type { ChecklistItem } from '../checklist';
import type { TriageReport } from '../report';
import type { Triage } from '../triage';

/** A checklist item with the person's tick and note on it. */
export interface ExportedItem extends ChecklistItem {
  done: boolean;
  note: string;
}

/** What every export shows: summary, causes and the ticked items. */
export interface ExportDocument {
  title: string;
  summary: [label: string, value: string][];
  diagnostic: string;
  causes: { id: string; title: string; probability: number }[];
  items: ExportedItem[];
}

function codeLine(report: TriageReport): string {
  const r = report.recipient;
  const parts = [r?.replyCode, r?.status, r?.tag ? `(${r.tag})` : null];
  return parts.filter(Boolean).join(' ') || 'none';
}

/** Gather what every export shows about a triage. */
export function exportDocument(
  triage: Triage,
  report: TriageReport,
  providerName: (id: string | null) => string,
): ExportDocument {
  const r = report.recipient;
  const summary: [string, string][] = [
    [
      'Recognised as',
      report.signature?.title ?? 'Not recognised (generic triage)',
    ],
    ['Provider', providerName(r?.provider ?? triage.reading.provider)],
    ['Codes', codeLine(report)],
    ['Recipient', r?.address ?? 'not shown'],
    ['Reason', r?.reason ?? 'undefined'],
  ];
  return {
    title: report.signature?.title ?? 'Unrecognised bounce',
    summary,
    diagnostic: r?.diagnostic ?? '',
    causes: report.result.ranking.map((c) => ({
      id: c.cause,
      title: report.causeTitle(c.cause),
      probability: c.probability,
    })),
    items: report.checklist.map((item) => ({
      ...item,
      done: triage.ticks[item.id] === true,
      note: triage.notes[item.id] ?? '',
    })),
  };
}

/** "n of m done" for a document's checklist. */
export function progress(doc: ExportDocument): string {
  const done = doc.items.filter((i) => i.done).length;
  return `${String(done)} of ${String(doc.items.length)} done`;
}

/** How each phase is headed on screen and in every export. */
export const PHASE_TITLES = {
  contain: 'Contain',
  fix: 'Fix',
  'request-review': 'Request review',
  monitor: 'Monitor',
  prevent: 'Prevent',
} as const;

/** A probability as a whole percentage, e.g. `0.625` → `63%`. */
export function percent(p: number): string {
  return `${String(Math.round(p * 100))}%`;
}
