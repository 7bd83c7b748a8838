/**
 * Markdown export: a GitHub-style task list that keeps the ticks, with
 * the bounce summary and the likely causes above it.
 */
import { PHASES } from '../../knowledge/vocabulary';
import {
  PHASE_TITLES,
  percent,
  progress,
  type ExportDocument,
  type ExportedItem,
} from './document';

/** Keep a person's text from turning into Markdown structure. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .trim();
}

/** A link target that cannot end the Markdown link early. */
function target(url: string): string {
  return url.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function item(i: ExportedItem): string[] {
  const lines = [`- [${i.done ? 'x' : ' '}] **${inline(i.title)}**`];
  for (const step of i.steps) lines.push(`  - ${inline(step)}`);
  for (const link of [...i.links, ...i.checks]) {
    const title = 'title' in link ? link.title : link.label;
    lines.push(`  - [${inline(title)}](${target(link.url)})`);
  }
  if (i.note) lines.push(`  - Note: ${inline(i.note)}`);
  return lines;
}

/** Render a triage document as Markdown. */
export function toMarkdown(doc: ExportDocument): string {
  const lines = [`# Bounce triage: ${inline(doc.title)}`, ''];
  for (const [label, value] of doc.summary) {
    lines.push(`- **${label}:** ${inline(value)}`);
  }
  if (doc.diagnostic) {
    lines.push('', '> ' + inline(doc.diagnostic));
  }
  lines.push('', '## Likely causes', '');
  doc.causes.forEach((c, n) => {
    lines.push(
      `${String(n + 1)}. ${inline(c.title)} — ${percent(c.probability)}`,
    );
  });
  lines.push('', `## Checklist (${progress(doc)})`);
  for (const phase of PHASES) {
    const items = doc.items.filter((i) => i.phase === phase);
    if (items.length === 0) continue;
    lines.push('', `### ${PHASE_TITLES[phase]}`, '');
    for (const i of items) lines.push(...item(i));
  }
  return lines.join('\n') + '\n';
}
