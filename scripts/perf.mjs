#!/usr/bin/env node
// `npm run perf`: the performance budgets, measured on a production build.
// 1. Builds into a scratch directory (dist/ is left to the tests).
// 2. Sums the gzip size of the first page's JavaScript (scripts/first-page.mjs).
// 3. Runs Lighthouse 12.2.3, mobile preset, in Debian's Chromium against
//    `vite preview` on 127.0.0.1, and writes the figures to
//    perf/lighthouse.json.
// It exits non-zero when the first page's JavaScript is over budget or a
// Lighthouse score misses its target. These are benchmarks, not tests: the
// scores move with the machine's load, so read them with that in mind.
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { firstPageScripts } from './first-page.mjs';

const FIRST_PAGE_BUDGET_KB = 110;
const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
const PORT = Number(process.env.PERF_PORT ?? 4173);
const URL = `http://127.0.0.1:${String(PORT)}/`;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const kB = (bytes) => Math.round(bytes / 10) / 100;

function build(outDir) {
  console.log(`▶ vite build → ${outDir}`);
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('[perf] the build failed');
  }
}

function reportFirstPage(outDir) {
  const scripts = firstPageScripts(outDir);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log('\nFirst-page JavaScript (gzip):');
  for (const s of scripts) {
    console.log(`  ${kB(s.gzip).toFixed(2).padStart(8)} kB  ${s.file}`);
  }
  const within = kB(total) <= FIRST_PAGE_BUDGET_KB;
  console.log(
    `  ${kB(total).toFixed(2).padStart(8)} kB  total, budget ` +
      `${String(FIRST_PAGE_BUDGET_KB)} kB: ${within ? 'within' : 'OVER'}`,
  );
  return { kB: kB(total), budgetKB: FIRST_PAGE_BUDGET_KB, within, scripts };
}

async function waitForServer(url, server) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`[perf] vite preview did not start on ${url}`);
}

function startPreview(outDir) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1'].concat([
      '--port',
      String(PORT),
      '--strictPort',
      // Vite refuses a second preview of the same project by default; the
      // tests may be running one on another port.
      '--bypass-lock',
    ]),
    { stdio: 'ignore', detached: true },
  );
  // Stop the preview and its children with the script, however it ends.
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  return { server, stop };
}

function runLighthouse(reportPath) {
  console.log(`\n▶ lighthouse ${URL} (mobile, ${CHROME_PATH})`);
  const result = spawnSync(
    'npx',
    [
      'lighthouse',
      URL,
      '--output=json',
      `--output-path=${reportPath}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--quiet',
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH } },
  );
  if (result.status !== 0) throw new Error('[perf] lighthouse failed');
  return JSON.parse(readFileSync(reportPath, 'utf8'));
}

/** The scores, the key metrics and every audit that lost points. */
function summarise(lhr) {
  const scores = {};
  const lostPoints = [];
  for (const [id, target] of Object.entries(TARGETS)) {
    const category = lhr.categories[id];
    const score = Math.round((category?.score ?? 0) * 100);
    scores[id] = { score, target, met: score >= target };
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        lostPoints.push({ category: id, audit: ref.id, score: audit.score });
      }
    }
  }
  const metrics = Object.fromEntries(
    METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
  );
  return { scores, metrics, lostPoints };
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'bounce-triage-perf-'));
  try {
    build(outDir);
    const firstPage = reportFirstPage(outDir);

    const { server, stop } = startPreview(outDir);
    let lhr;
    try {
      await waitForServer(URL, server);
      lhr = runLighthouse(join(outDir, 'lighthouse-report.json'));
    } finally {
      stop();
    }

    const { scores, metrics, lostPoints } = summarise(lhr);
    const figures = {
      measuredAt: lhr.fetchTime,
      lighthouse: lhr.lighthouseVersion,
      browser: lhr.environment?.hostUserAgent ?? null,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      formFactor: lhr.configSettings.formFactor,
      url: lhr.finalDisplayedUrl,
      scores,
      metrics,
      lostPoints,
      firstPageJavaScript: {
        gzipKB: firstPage.kB,
        budgetKB: firstPage.budgetKB,
        within: firstPage.within,
        files: firstPage.scripts.map((s) => ({
          file: s.file,
          gzipKB: kB(s.gzip),
        })),
      },
    };
    mkdirSync('perf', { recursive: true });
    writeFileSync(
      'perf/lighthouse.json',
      `${JSON.stringify(figures, null, 2)}\n`,
    );

    console.log('\nLighthouse (mobile):');
    for (const [id, s] of Object.entries(scores)) {
      const mark = s.met ? 'ok' : `MISSED (target ${String(s.target)})`;
      console.log(`  ${id.padEnd(15)} ${String(s.score).padStart(3)}  ${mark}`);
    }
    for (const [id, value] of Object.entries(metrics)) {
      console.log(`  ${id.padEnd(25)} ${String(value)}`);
    }
    for (const m of lostPoints) {
      console.log(
        `  lost points: ${m.category} / ${m.audit} (${String(m.score)})`,
      );
    }
    console.log('\nwrote perf/lighthouse.json');

    const allMet = Object.values(scores).every((s) => s.met);
    return firstPage.within && allMet ? 0 : 1;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
