import { readFile } from 'node:fs/promises';

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SEED =
  "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).";
const NOTE = 'Asked the list owner <b>today</b>';
const INCLUDE = 'Include addresses, IPs and domains';

/** Item checkboxes: every checkbox but the share panel's choice. */
function items(page: Page): Locator {
  return page
    .getByRole('main')
    .getByRole('checkbox', { name: new RegExp(`^(?!${INCLUDE}$)`) });
}

async function titleOf(box: Locator): Promise<string> {
  return box.evaluate(
    (el: HTMLInputElement) => el.labels?.[0]?.textContent ?? '',
  );
}

/** Each item's title and whether it is ticked, in order. */
async function state(page: Page): Promise<[string, boolean][]> {
  const out: [string, boolean][] = [];
  for (const box of await items(page).all()) {
    out.push([await titleOf(box), await box.isChecked()]);
  }
  return out;
}

/** The same escaping the Markdown export gives a person's text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

async function triageTheSeed(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Bounce message').fill(SEED);
  await page.getByRole('button', { name: 'Start triage' }).click();
  await page
    .getByRole('link', { name: /Find the cause|Start the generic triage/ })
    .click();
  await page
    .getByRole('button', { name: 'Stop here and see the likely causes' })
    .click();
  await page.getByRole('link', { name: 'Build the checklist' }).click();
  await expect(
    page.getByRole('heading', { name: 'Checklist', level: 1 }),
  ).toBeFocused();
}

async function shareLink(page: Page, include: boolean): Promise<string> {
  await page.getByRole('checkbox', { name: INCLUDE }).setChecked(include);
  await page.getByRole('button', { name: 'Share link' }).click();
  return page.getByRole('textbox', { name: 'Share link' }).inputValue();
}

test('tick, note, download Markdown, share and open the link', async ({
  page,
  browser,
}) => {
  await triageTheSeed(page);
  const boxes = items(page);
  const total = await boxes.count();
  expect(total).toBeGreaterThan(2);
  const first = await titleOf(boxes.nth(0));
  const second = await titleOf(boxes.nth(1));

  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByLabel(`Note for ${first}`).fill(NOTE);
  const progress = page.getByRole('status').filter({ hasText: / done$/ });
  await expect(progress).toHaveText(`2 of ${String(total)} done`);

  const axe = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(axe.violations).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bounce-triage-[\w-]+\.md$/);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain(`- [x] **${md(first)}**`);
  expect(markdown).toContain(`- [x] **${md(second)}**`);
  expect(markdown).toContain(`  - Note: ${md(NOTE)}`);
  expect(markdown.match(/^- \[ \] /gm)).toHaveLength(total - 2);

  const expected = await state(page);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();

  await other.goto(await shareLink(page, true));
  await expect(
    other.getByRole('heading', { name: 'Shared checklist' }),
  ).toBeVisible();
  expect(await state(other)).toEqual(expected);
  for (const shown of [page, other]) {
    const found = await new AxeBuilder({ page: shown })
      .withTags(WCAG_AA)
      .analyze();
    expect(found.violations).toEqual([]);
  }
  await expect(other.getByText(`Note: ${NOTE}`)).toBeVisible();

  await other.goto('about:blank');
  await other.goto(await shareLink(page, false));
  await expect(
    other.getByRole('heading', { name: 'Shared checklist' }),
  ).toBeVisible();
  const redacted = await state(other);
  expect(redacted.map(([, done]) => done)).toEqual(
    expected.map(([, done]) => done),
  );
  await expect(other.getByRole('main')).not.toContainText('203.0.113.5');

  await other.getByRole('button', { name: 'Save a copy' }).click();
  await expect(
    other.getByRole('heading', { name: 'Checklist', level: 1 }),
  ).toBeVisible();
  expect(await state(other)).toEqual(redacted);
  await fresh.close();
});

test('a tampered share link shows what is wrong, not a blank page', async ({
  page,
  browser,
}) => {
  await triageTheSeed(page);
  const link = await shareLink(page, false);
  const at =
    link.indexOf('#') + Math.floor((link.length - link.indexOf('#')) / 2);
  const tampered =
    link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(tampered);

  await expect(
    other.getByRole('heading', { name: 'This link could not be opened' }),
  ).toBeVisible();
  await expect(other.getByRole('alert')).toContainText('damaged or incomplete');
  await expect(
    other.getByRole('link', { name: 'Start a new triage' }),
  ).toBeVisible();
  await fresh.close();
});
