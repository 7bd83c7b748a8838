import { describe, expect, it } from 'vitest';

import { exportDocument, progress } from '../../src/engine/export/document';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  fromJson,
  toJson,
} from '../../src/engine/export/json';
import { toMarkdown } from '../../src/engine/export/markdown';
import { toText } from '../../src/engine/export/text';
import { fixedReport, fixedTriage, providerName } from './export-fixture';

const doc = exportDocument(fixedTriage, fixedReport, providerName);
const NOW = '2025-01-02T04:00:00.000Z';

describe('exportDocument', () => {
  it('carries the ticks and notes onto the items, and counts progress', () => {
    expect(doc.items.map((i) => [i.id, i.done, i.note])).toEqual([
      ['check-ip', true, 'Listed on <b>SBL</b>\nasked them'],
      ['ask-review', false, ''],
    ]);
    expect(progress(doc)).toBe('1 of 2 done');
  });
});

describe('toMarkdown', () => {
  it('writes a task list with the summary, causes, ticks and notes', () => {
    expect(toMarkdown(doc)).toBe(
      [
        '# Bounce triage: Unrecognised bounce',
        '',
        '- **Recognised as:** Not recognised (generic triage)',
        '- **Provider:** Outlook.com',
        '- **Codes:** 550 5.7.1 (OU-002)',
        '- **Recipient:** bob@example.org',
        '- **Reason:** blocked',
        '',
        '> Messages from \\[203.0.113.5\\] are blocked (OU-002).',
        '',
        '## Likely causes',
        '',
        '1. Listed on a public blocklist — 63%',
        '2. Bad neighbours on a shared range — 38%',
        '',
        '## Checklist (1 of 2 done)',
        '',
        '### Contain',
        '',
        '- [x] **Find the list that names 203.0.113.5**',
        '  - Look up 203.0.113.5 on the \\*big\\* lists.',
        '  - [Spamhaus](https://check.spamhaus.org/)',
        '  - [Lookup (PTR)](https://x.test/?q=a%281%29)',
        '  - Note: Listed on \\<b\\>SBL\\</b\\> asked them',
        '',
        '### Request review',
        '',
        '- [ ] **Ask for a review**',
        '',
      ].join('\n'),
    );
  });
});

describe('toText', () => {
  it('writes the same document as plain text', () => {
    expect(toText(doc)).toBe(
      [
        'BOUNCE TRIAGE: Unrecognised bounce',
        '',
        'Recognised as: Not recognised (generic triage)',
        'Provider: Outlook.com',
        'Codes: 550 5.7.1 (OU-002)',
        'Recipient: bob@example.org',
        'Reason: blocked',
        '',
        'Server said: Messages from [203.0.113.5] are blocked (OU-002).',
        '',
        'LIKELY CAUSES',
        '  1. Listed on a public blocklist (63%)',
        '  2. Bad neighbours on a shared range (38%)',
        '',
        'CHECKLIST (1 of 2 done)',
        '',
        'CONTAIN',
        '  [x] Find the list that names 203.0.113.5',
        '      - Look up 203.0.113.5 on the *big* lists.',
        '      Spamhaus: https://check.spamhaus.org/',
        '      Lookup (PTR): https://x.test/?q=a(1)',
        '      Note: Listed on <b>SBL</b>',
        '            asked them',
        '',
        'REQUEST REVIEW',
        '  [ ] Ask for a review',
        '',
      ].join('\n'),
    );
  });
});

describe('toJson and fromJson', () => {
  const json = toJson(fixedTriage, doc, NOW);

  it('writes the versioned format with what the person saw', () => {
    const body = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'format',
      'version',
      'exportedAt',
      'triage',
      'summary',
      'causes',
      'checklist',
    ]);
    expect(body.format).toBe(EXPORT_FORMAT);
    expect(body.version).toBe(EXPORT_VERSION);
    expect(body.exportedAt).toBe(NOW);
    expect(body.summary).toEqual({
      'Recognised as': 'Not recognised (generic triage)',
      Provider: 'Outlook.com',
      Codes: '550 5.7.1 (OU-002)',
      Recipient: 'bob@example.org',
      Reason: 'blocked',
    });
    expect(body.checklist).toEqual([
      {
        id: 'check-ip',
        phase: 'contain',
        title: 'Find the list that names 203.0.113.5',
        done: true,
        note: 'Listed on <b>SBL</b>\nasked them',
        steps: ['Look up 203.0.113.5 on the *big* lists.'],
        links: ['https://check.spamhaus.org/', 'https://x.test/?q=a(1)'],
      },
      {
        id: 'ask-review',
        phase: 'request-review',
        title: 'Ask for a review',
        done: false,
        note: '',
        steps: [],
        links: [],
      },
    ]);
  });

  it('reads its own export back to the same triage', () => {
    expect(fromJson(json)).toEqual({ ok: true, triage: fixedTriage });
  });

  const body = JSON.parse(json) as Record<string, unknown>;
  const edited = (change: Record<string, unknown>) =>
    JSON.stringify({ ...body, ...change });

  it.each([
    ['not JSON', '{"format": ', 'This file is not JSON.'],
    ['JSON of another kind', '[1, 2]', 'is not a Bounce Triage checklist'],
    ['a null', 'null', 'is not a Bounce Triage checklist'],
    ['another format', edited({ format: 'x' }), 'not a Bounce Triage'],
    ['a newer version', edited({ version: 2 }), 'newer version'],
    ['a version that is not a number', edited({ version: '1' }), 'damaged'],
    ['a triage missing its reading', edited({ triage: { id: 'x' } }), 'dam'],
    [
      'a tick that is not true or false',
      edited({ triage: { ...fixedTriage, ticks: { a: 'yes' } } }),
      'damaged',
    ],
    [
      'a note keyed __proto__',
      json.replace('"notes": {', '"notes": { "__proto__": "x",'),
      'damaged',
    ],
  ])('refuses %s with a message', (_, text, message) => {
    const result = fromJson(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
