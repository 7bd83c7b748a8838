import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(axe.violations).toEqual([]);
}

const SECTIONS = [
  'What you see',
  "What's actually happening",
  'Common causes',
  'How to fix it',
  'Stop it recurring',
  'Related errors',
  'Sources',
];

test('search OU-002, open its page and follow a related error', async ({
  page,
}) => {
  await page.goto('/codes');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bounce codes' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('searchbox', { name: 'Search codes' }).fill('OU-002');
  const results = page.getByRole('list', { name: 'Matching codes' });
  const first = results.getByRole('link').first();
  await expect(first).toHaveText(/^OU-002:/);
  await expect(page).toHaveURL(/\/codes\?q=OU-002$/);

  await first.click();
  await expect(page).toHaveURL(/\/codes\/outlook-ou-002$/);
  const title = page.getByRole('heading', { level: 1, name: /^OU-002:/ });
  await expect(title).toBeFocused();
  for (const name of SECTIONS) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(
    page.getByRole('button', { name: 'Triage this example' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const related = page
    .getByRole('region', { name: 'Related errors' })
    .getByRole('link')
    .first();
  const relatedTitle = (await related.textContent()) ?? '';
  await related.click();
  await expect(
    page.getByRole('heading', { level: 1, name: relatedTitle }),
  ).toBeFocused();
});

test('an unknown code says so and links back to the list', async ({ page }) => {
  await page.goto('/codes/no-such-code');

  await expect(
    page.getByRole('heading', { level: 1, name: 'No such bounce code' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Browse the bounce codes' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bounce codes' }),
  ).toBeVisible();
});
