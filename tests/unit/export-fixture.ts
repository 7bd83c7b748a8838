/** A small, fixed triage and report for the export tests. */
import type { ChecklistItem } from '../../src/engine/checklist';
import type { RankedCause } from '../../src/engine/infer';
import type { RecipientReading } from '../../src/engine/reading';
import type { TriageReport } from '../../src/engine/report';
import type { Triage } from '../../src/engine/triage';

const recipient: RecipientReading = {
  address: 'bob@example.org',
  action: 'failed',
  status: '5.7.1',
  replyCode: '550',
  remoteMta: 'mx.example.org',
  command: 'RCPT',
  diagnostic: 'Messages from [203.0.113.5] are blocked (OU-002).',
  reason: 'blocked',
  hard: false,
  tag: 'OU-002',
  provider: 'outlook-com',
  signature: null,
  feedbackType: null,
};

export const fixedTriage: Triage = {
  id: 't-1',
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:05:00.000Z',
  reading: {
    kind: 'bounce',
    format: 'text',
    recipients: [recipient],
    reportingMta: null,
    provider: 'outlook-com',
    ips: ['203.0.113.5'],
    domains: ['example.org', 'mx.example.org'],
    original: null,
    warnings: [],
  },
  recipientIndex: 0,
  answers: [],
  stopped: false,
  ticks: { 'check-ip': true, 'ask-review': false },
  notes: { 'check-ip': 'Listed on <b>SBL</b>\nasked them' },
};

function ranked(cause: RankedCause['cause'], probability: number) {
  return { cause, probability, prior: probability, for: [], against: [] };
}

const items: ChecklistItem[] = [
  {
    id: 'check-ip',
    title: 'Find the list that names 203.0.113.5',
    phase: 'contain',
    steps: ['Look up 203.0.113.5 on the *big* lists.'],
    links: [{ title: 'Spamhaus', url: 'https://check.spamhaus.org/' }],
    checks: [{ label: 'Lookup (PTR)', url: 'https://x.test/?q=a(1)' }],
    why: [{ cause: 'public-blocklist-listing', probability: 0.625 }],
  },
  {
    id: 'ask-review',
    title: 'Ask for a review',
    phase: 'request-review',
    steps: [],
    links: [],
    checks: [],
    why: [{ cause: null, probability: 1 }],
  },
];

const TITLES: Record<string, string> = {
  'public-blocklist-listing': 'Listed on a public blocklist',
  'shared-range-neighbours': 'Bad neighbours on a shared range',
};

export const fixedReport: TriageReport = {
  recipient,
  signature: null,
  generic: true,
  result: {
    ranking: [
      ranked('public-blocklist-listing', 0.625),
      ranked('shared-range-neighbours', 0.375),
    ],
    next: null,
    stop: null,
    moved: [],
  },
  checklist: items,
  causeTitle: (id) => TITLES[id] ?? id,
};

export const providerName = (id: string | null) =>
  id === 'outlook-com' ? 'Outlook.com' : 'Not identified';
