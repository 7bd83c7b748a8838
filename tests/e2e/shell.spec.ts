import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('the shell shows the product, its navigation and its promise', async ({
  page,
}) => {
  await page.goto('/');

  await expect(page.getByRole('link', { name: 'Bounce Triage' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Triage' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('contentinfo')).toContainText(
    'Nothing you paste leaves your browser',
  );

  const axe = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(axe.violations).toEqual([]);
});

test('an unknown address shows a not-found page with a way back', async ({
  page,
}) => {
  await page.goto('/no/such/page');

  await expect(
    page.getByRole('heading', { name: 'Page not found' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Start a new triage' }).click();
  await expect(page).toHaveURL(/\/$/);
});
