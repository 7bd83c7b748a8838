#!/usr/bin/env node
// The whole test command: format, types, lint, unit and component tests,
// the build, and the end-to-end tests in Debian's Chromium. It ends with
// one line "N passed, N failed" over every runner, which CI reads.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const failedSteps = [];

function run(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install Debian's package as root:\n` +
        '  apt-get update && apt-get install -y chromium\n' +
        'or point CHROME_PATH at a Chromium binary.',
    );
    return false;
  }
  console.log("Chromium is missing: installing Debian's package…");
  execSync('apt-get update -qq && apt-get install -y -qq chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return existsSync(CHROMIUM);
}

function readCounts(file, pick) {
  if (!existsSync(file)) return null;
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

run('format', 'npx', ['prettier', '--check', '.']);
run('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
const built = run('build', 'npx', ['vite', 'build']);
if (built && ensureChromium()) {
  run('end-to-end tests', 'npx', ['playwright', 'test']);
} else {
  failedSteps.push('end-to-end tests (not run)');
}

const vitest = readCounts('reports/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}));
const e2e = readCounts('reports/playwright.json', (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
}));
const passed = (vitest?.passed ?? 0) + (e2e?.passed ?? 0);
let failed = (vitest?.failed ?? 0) + (e2e?.failed ?? 0);

// A failed check that is not a test (format, types, lint, build) counts as
// one failure, so the closing line can never read as green when it is not.
const stepsWithoutTests = failedSteps.filter(
  (s) => s !== 'unit and component tests' && s !== 'end-to-end tests',
);
failed += stepsWithoutTests.length;
if (failedSteps.length > 0) {
  console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
