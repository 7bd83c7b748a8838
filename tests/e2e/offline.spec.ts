import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, expect, test, type Page } from '@playwright/test';

const ORIGIN = 'http://127.0.0.1:4173';

const OU_002 =
  "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).";

interface WebManifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** Visit once and wait until the service worker controls the page. */
async function installOffline(page: Page) {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller, null, {
    timeout: 25_000,
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Paste OU-002, walk the questions, build the checklist, export it. */
async function triageAndExport(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Bounce message' }).fill(OU_002);
  await page.getByRole('button', { name: 'Start triage' }).click();
  await expect(
    page.getByRole('heading', { name: 'What we found', level: 1 }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Find the cause' }).click();

  const causes = page.getByRole('heading', { name: 'Likely causes' });
  const question = page.locator('fieldset legend').first();
  for (let step = 0; step < 30; step++) {
    await expect(causes.or(question)).toBeVisible();
    if (await causes.isVisible()) break;
    const before = page.url();
    await page.getByRole('radio', { name: /^Not sure$/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    // Every step has its own URL: until it changes, the question shown is
    // the one just answered, and answering it again races the step away.
    await page.waitForURL((url) => url.href !== before);
  }
  await expect(causes).toBeVisible();

  await page.getByRole('link', { name: 'Build the checklist' }).click();
  await expect(
    page.getByRole('heading', { name: 'Checklist', level: 1 }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const file = await (await download).path();
  return readFile(file, 'utf8');
}

test('the manifest and service worker make the app installable', async ({
  launchOptions,
  baseURL,
}) => {
  // Chromium never offers to install from an incognito-like context, which
  // is what Playwright's contexts are: this test keeps a real profile.
  const profile = await mkdtemp(join(tmpdir(), 'bounce-triage-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    ...(baseURL ? { baseURL } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await installOffline(page);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href ?? '');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as WebManifest;
  expect(manifest).toMatchObject({
    name: 'Bounce Triage',
    short_name: expect.any(String),
    start_url: '/',
    display: 'standalone',
    theme_color: '#1d4ed8',
    background_color: '#ffffff',
  });

  const icons = manifest.icons ?? [];
  expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
  expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of icons.filter((i) => i.type === 'image/png')) {
    const image = await page.request.get(icon.src);
    expect(image.ok(), icon.src).toBe(true);
    const [width, height] = pngSize(await image.body());
    expect(`${String(width)}x${String(height)}`).toBe(icon.sizes);
  }
  for (const size of ['192x192', '512x512']) {
    expect(icons.some((i) => i.sizes === size && !i.purpose)).toBe(true);
  }

  // Chromium's own verdict on the manifest, the worker and the icons.
  await page.reload();
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller?.state),
  ).toBe('activated');
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send(
    'Page.getInstallabilityErrors',
  )) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors).toEqual([]);

  await context.close();
  await rm(profile, { recursive: true, force: true });
});

test('once visited, the app triages and exports with no network', async ({
  page,
  context,
}) => {
  await installOffline(page);

  // From here every request that reaches the network fails, and is kept
  // to show which one it was.
  const reachedNetwork: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The browser's own check for a newer worker goes to the network by
    // design and fails quietly offline; it is not the app asking.
    if (!url.endsWith('/sw.js')) reachedNetwork.push(url);
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();

  // Chromium's offline emulation does not outlive this reload (the new
  // page reads navigator.onLine as true); the aborted routes above are
  // what keeps the network away from here on.
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Why did my email bounce?' }),
  ).toBeVisible();

  await page.goto('/codes/outlook-ou-002');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OU-002');

  const markdown = await triageAndExport(page);
  expect(markdown).toContain('OU-002');
  expect(reachedNetwork).toEqual([]);
});

test('a whole triage makes no request beyond the app itself', async ({
  page,
  context,
}) => {
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    const local = url.startsWith(`${ORIGIN}/`) || /^(data|blob):/.test(url);
    if (!local) elsewhere.push(url);
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      refused.push(message.text());
    }
  });

  await installOffline(page);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("script-src 'self'");

  const markdown = await triageAndExport(page);
  expect(markdown).toContain('OU-002');
  expect(elsewhere).toEqual([]);
  expect(refused).toEqual([]);
});
