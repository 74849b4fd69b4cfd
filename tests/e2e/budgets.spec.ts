/**
 * Page-weight budgets, in bytes (deterministic, unlike timings): a text page transfers at most 25 KB
 * gzip in all, with at most 5 KB of JavaScript, and search code is not part of it. The HIV testing list
 * is a tool, like search: its script is measured by `npm run bench`, but what it transfers on load is
 * held to the same 25 KB, because it is the page highland readers on slow data need most.
 */
import { BUDGET, weighPageLoad } from '../../src/lib/page-weight.ts';
import { PAGES, expect, test } from './fixtures.ts';

const TEXT_PAGES = [PAGES.home, PAGES.article, PAGES.lawGuide, PAGES.helpGuide, PAGES.hotlines, PAGES.lesson, PAGES.faq, PAGES.safety, PAGES.servicePoint, PAGES.mythCard];

for (const path of TEXT_PAGES) {
  test(`${path} stays within the page-weight budget`, async ({ page }) => {
    const { paths, gzipBytes, scriptBytes } = await weighPageLoad(page, path);
    expect(paths.filter((fetched) => fetched.startsWith('/pagefind/'))).toEqual([]);
    expect(gzipBytes, `gzip bytes for ${path}`).toBeLessThanOrEqual(BUDGET.pageGzipBytes);
    expect(scriptBytes, `script bytes for ${path}`).toBeLessThanOrEqual(BUDGET.scriptBytes);
  });
}

test('the HIV testing list transfers at most 25 KB on load; its place names come only when someone types', async ({ page }) => {
  const { paths, gzipBytes } = await weighPageLoad(page, PAGES.testing);
  expect(paths.filter((fetched) => fetched.startsWith('/pagefind/') || fetched.endsWith('.json'))).toEqual([]);
  expect(gzipBytes, `gzip bytes for ${PAGES.testing}`).toBeLessThanOrEqual(BUDGET.pageGzipBytes);
});
