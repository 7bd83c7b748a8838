import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const OU_002 =
  "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).";

async function startTriage(page: Page, bounce: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Bounce message' }).fill(bounce);
  await page.getByRole('button', { name: 'Start triage' }).click();
  await expect(
    page.getByRole('heading', { name: 'What we found', level: 1 }),
  ).toBeFocused();
}

/** Answer one question, found by the radio group named by its text. */
async function answer(page: Page, question: RegExp, option: RegExp) {
  const group = page.getByRole('group', { name: question });
  await group.getByRole('radio', { name: option }).check();
  await page.getByRole('button', { name: 'Next' }).click();
}

/** Answer the questions named in `wanted`; "Not sure" to everything else. */
async function answerUntilCauses(
  page: Page,
  wanted: [RegExp, RegExp][],
): Promise<void> {
  const causes = page.getByRole('heading', { name: 'Likely causes' });
  let previous: string | null = null;
  for (let look = 0; look < 60; look++) {
    const legend = page.locator('fieldset legend').first();
    await expect(causes.or(legend)).toBeVisible();
    if (await causes.isVisible()) return;
    // The step may be changing under us: a question that has just gone,
    // or the last one still shown, is looked at again, not answered.
    const text = await legend.textContent({ timeout: 1000 }).catch(() => null);
    if (text === null || text === previous) continue;
    previous = text;
    const before = page.url();
    const match = wanted.find(([q]) => q.test(text));
    await answer(page, /./, match ? match[1] : /^Not sure$/);
    // Every step has its own URL: wait for the next one before reading it.
    await page.waitForURL((url) => url.href !== before);
  }
  throw new Error('the wizard never reached the causes');
}

const topCause = (page: Page) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') })
    .first();

test('OU-002: a volume jump and strange sent mail point to a compromise', async ({
  page,
}) => {
  await startTriage(page, OU_002);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('OU-002');
  await expect(
    page.getByText('Outlook.com (Hotmail, Live, MSN)'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Find the cause' }).click();

  await answerUntilCauses(page, [
    [/amount of mail you send change/, /jumped well above normal/],
    [/messages nobody meant to send/, /mail we did not send/],
  ]);
  await expect(topCause(page)).toContainText(
    'Compromised account or open relay',
  );
  const axe = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(axe.violations).toEqual([]);
});

test('OU-002: a new IP from zero to full volume points to the cold IP', async ({
  page,
}) => {
  await startTriage(page, OU_002);
  await page.getByRole('link', { name: 'Find the cause' }).click();
  await answerUntilCauses(page, [
    [/How long has this IP address/, /Less than about a month/],
    [/amount of mail you send change/, /from nothing to full volume/],
  ]);
  await expect(topCause(page)).toContainText(
    'New or quiet IP sending too much too soon',
  );
});

test('Gmail 5.7.26: the missing DKIM signature is read from the bounce', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('button', { name: 'Gmail 5.7.26, unauthenticated' })
    .click();
  await page.getByRole('button', { name: 'Start triage' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('5.7.26');
  await page.getByRole('link', { name: 'Find the cause' }).click();

  await expect(page.getByText('read from the bounce').first()).toBeVisible();
  await answerUntilCauses(page, []);
  await expect(topCause(page)).toContainText(
    'SPF, DKIM or DMARC missing or failing',
  );
});

test('every step has a URL: back and forward move between questions', async ({
  page,
}) => {
  await startTriage(page, OU_002);
  await page.getByRole('link', { name: 'Find the cause' }).click();
  const first = await page.locator('fieldset legend').first().textContent();
  await answer(page, /./, /^Not sure$/);
  const second = await page.locator('fieldset legend').first().textContent();
  expect(second).not.toBe(first);

  await page.goBack();
  await expect(page.locator('fieldset legend').first()).toHaveText(first ?? '');
  await page.goForward();
  await expect(page.locator('fieldset legend').first()).toHaveText(
    second ?? '',
  );

  // A stale or made-up question id falls back to a real question.
  await page.goto(page.url().replace(/q=[^&]+/, 'q=no-such-question'));
  await expect(page.locator('fieldset legend').first()).toBeVisible();
});

test('the wizard works with the keyboard alone and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Bounce message' }).focus();
  await page.keyboard.insertText(OU_002);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'What we found' }),
  ).toBeFocused();

  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'What we found' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Saved' }).click();
  await expect(
    page.getByRole('link', { name: /550 5\.7\.1 OU-002/ }),
  ).toBeVisible();
});

const corpus = (name: string) =>
  readFileSync(
    resolve(import.meta.dirname, '../../../shared/corpus/emails', name),
    'utf8',
  );

test('a bounce with recipients failing differently lets the person choose', async ({
  page,
}) => {
  await startTriage(page, corpus('rhost-outlook-04.eml'));
  const choice = page.getByRole('group', {
    name: 'Which recipient do you want to triage?',
  });
  const radios = choice.getByRole('radio');
  await expect(radios).toHaveCount(2);
  await expect(radios.first()).toBeChecked();
  const before = await page.getByRole('heading', { level: 2 }).textContent();

  await radios.nth(1).check();
  await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(
    before ?? '',
  );
  await expect(page.getByText('5.2.2', { exact: false }).first()).toBeVisible();
});

const NOT_BOUNCES: [string, () => string, string][] = [
  [
    'a plain note',
    () => 'Thank you for your message, see you next week.',
    'This does not look like a bounce',
  ],
  [
    'an out-of-office reply',
    () => corpus('rfc3834-01.eml'),
    'This is an automatic reply, not a bounce',
  ],
  [
    'a spam complaint report',
    () => corpus('arf-11.eml'),
    'This is a feedback report, not a bounce',
  ],
];

for (const [what, input, heading] of NOT_BOUNCES) {
  test(`says what ${what} is instead of triaging it`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Bounce message' }).fill(input());
    await page.getByRole('button', { name: 'Start triage' }).click();
    await expect(
      page.getByRole('heading', { name: heading, level: 1 }),
    ).toBeFocused();
    await expect(
      page.getByRole('link', { name: 'Paste another message' }),
    ).toBeVisible();
  });
}
