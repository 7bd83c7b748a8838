/**
 * The command line as a script sees it: run as a child process on real
 * files, folders and standard input, read back line by line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');
const TSX = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CLI = join(REPO, 'src', 'cli', 'classify.ts');
const EMAILS = join(REPO, '..', 'shared', 'corpus', 'emails');
const OU_002 =
  "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. " +
  'Please contact your Internet service provider since part of their ' +
  'network is on our block list (OU-002).';

interface Run {
  status: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
}

function classify(args: string[], input?: string): Run {
  const run = spawnSync(process.execPath, [TSX, CLI, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

describe('npm run classify', () => {
  it('reads standard input as one bounce', () => {
    const run = classify(['-'], OU_002);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatchObject({
      file: '-',
      kind: 'bounce',
      provider: 'outlook-com',
      recipients: [
        {
          status: '5.7.1',
          replyCode: '550',
          reason: 'blocked',
          tag: 'OU-002',
          signature: 'outlook-ou-002',
        },
      ],
    });
  });

  it('goes on past a file it cannot read, and exits non-zero', () => {
    const file = join(EMAILS, 'rfc3464-38.eml');
    const run = classify(['/no/such/file.eml', file]);
    expect(run.status).toBe(1);
    expect(run.lines.map((line) => line['file'])).toEqual([
      '/no/such/file.eml',
      file,
    ]);
    expect(run.lines[0]?.['error']).toMatch(/no such file/i);
    expect(run.lines[1]).toMatchObject({ kind: 'bounce' });
  });

  it('reads every .eml and .txt below a folder, sorted', () => {
    const folder = mkdtempSync(join(tmpdir(), 'classify-'));
    writeFileSync(join(folder, 'b.txt'), OU_002);
    writeFileSync(
      join(folder, 'a.eml'),
      '550 5.1.1 <a@example.org>: User unknown',
    );
    writeFileSync(join(folder, 'skip.pdf'), OU_002);
    const run = classify([folder]);
    expect(run.lines.map((line) => line['file'])).toEqual([
      join(folder, 'a.eml'),
      join(folder, 'b.txt'),
    ]);
  });

  it('prints the same lines, in the same order, on several threads', () => {
    const one = classify(['--threads', '1', EMAILS]);
    const two = classify(['--threads', '2', EMAILS]);
    expect(two.status).toBe(0);
    expect(one.lines.length).toBeGreaterThan(300);
    expect(two.lines).toEqual(one.lines);
  });

  it.each([[[]], [['--threads', '0', EMAILS]], [['--threads']]])(
    'explains its usage when given %j',
    (args) => {
      const run = classify(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^usage: classify/);
    },
  );
});
