/** Plain-text export: the same document for a ticket or an email. */
import { PHASES } from '../../knowledge/vocabulary';
import {
  PHASE_TITLES,
  percent,
  progress,
  type ExportDocument,
} from './document';

/** Indent a note's later lines under its first, so the list still reads. */
function hang(text: string, width: number): string {
  return text
    .trim()
    .split(/\r?\n/)
    .join('\n' + ' '.repeat(width));
}

/** Render a triage document as plain text. */
export function toText(doc: ExportDocument): string {
  const lines = [`BOUNCE TRIAGE: ${doc.title}`, ''];
  for (const [label, value] of doc.summary) lines.push(`${label}: ${value}`);
  if (doc.diagnostic) lines.push('', `Server said: ${doc.diagnostic}`);
  lines.push('', 'LIKELY CAUSES');
  doc.causes.forEach((c, n) => {
    lines.push(`  ${String(n + 1)}. ${c.title} (${percent(c.probability)})`);
  });
  lines.push('', `CHECKLIST (${progress(doc)})`);
  for (const phase of PHASES) {
    const items = doc.items.filter((i) => i.phase === phase);
    if (items.length === 0) continue;
    lines.push('', PHASE_TITLES[phase].toUpperCase());
    for (const i of items) {
      lines.push(`  [${i.done ? 'x' : ' '}] ${i.title}`);
      for (const step of i.steps) lines.push(`      - ${step}`);
      for (const link of i.links)
        lines.push(`      ${link.title}: ${link.url}`);
      for (const check of i.checks)
        lines.push(`      ${check.label}: ${check.url}`);
      if (i.note) lines.push(`      Note: ${hang(i.note, 12)}`);
    }
  }
  return lines.join('\n') + '\n';
}
