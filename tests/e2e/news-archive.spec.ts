import { readFileSync } from 'node:fs';
import { PAGES, expect, test } from './fixtures.ts';

/** The month the sample article was published, read from its file. */
const [year, month] = (/^pubDate: (\d{4})-(\d{2})/m.exec(readFileSync(`content/articles/${PAGES.article.split('/').at(-2)}.mdx`, 'utf8')) ?? []).slice(1);

test('the news list links every month with news, and a month page lists its articles', async ({ page }) => {
  await page.goto(PAGES.news);
  const archive = page.getByRole('navigation', { name: 'Tin theo tháng' });
  await archive.getByRole('link', { name: `Tháng ${Number(month)}/${year}` }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${year}/${month}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tin tức – Tháng ${Number(month)}/${year}`);
  await expect(page.locator(`main a[href="${PAGES.article}"]`)).toBeVisible();
});
