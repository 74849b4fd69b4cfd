import { PAGES, expect, test } from './fixtures.ts';

test('the news list links every month with news, and a month page lists its articles', async ({ page }) => {
  await page.goto(PAGES.news);
  const archive = page.getByRole('navigation', { name: 'Tin theo tháng' });
  await archive.getByRole('link', { name: 'Tháng 9/2025' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/2025\/09\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức – Tháng 9/2025');
  await expect(page.locator(`main a[href="${PAGES.article}"]`)).toBeVisible();
});
