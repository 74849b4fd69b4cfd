/**
 * Page-weight budgets, in bytes (deterministic, unlike timings): a text page transfers at most 25 KB
 * gzip in all, with at most 5 KB of JavaScript, and search code is not part of it. The HIV testing list
 * is a tool, like search: its script is measured by `npm run bench`, but what it transfers on load is
 * held to the same 25 KB, because it is the page highland readers on slow data need most.
 */
import type { Page } from '@playwright/test';
import { BUDGET, gzipSize, inlineScriptBytes } from '../../src/lib/page-weight.ts';
import { PAGES, expect, test } from './fixtures.ts';

const TEXT_PAGES = [PAGES.home, PAGES.article, PAGES.lawGuide, PAGES.helpGuide, PAGES.hotlines, PAGES.lesson, PAGES.faq, PAGES.safety, PAGES.servicePoint, PAGES.mythCard];

/** Everything the page fetches on load: gzip bytes in all, raw script bytes, and what was fetched. */
async function load(page: Page, path: string) {
  const bodies: Array<{ url: string; type: string; gzip: number; raw: number }> = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bodies.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSize(body), raw: body.length });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const html = await (await page.request.get(path)).text();
  return {
    urls: bodies.map((body) => new URL(body.url).pathname),
    gzip: bodies.reduce((sum, body) => sum + body.gzip, 0),
    scripts: inlineScriptBytes(html) + bodies.filter((b) => b.type === 'script').reduce((sum, b) => sum + b.raw, 0),
  };
}

for (const path of TEXT_PAGES) {
  test(`${path} stays within the page-weight budget`, async ({ page }) => {
    const { urls, gzip, scripts } = await load(page, path);
    expect(urls.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
    expect(gzip, `gzip bytes for ${path}`).toBeLessThanOrEqual(BUDGET.pageGzipBytes);
    expect(scripts, `script bytes for ${path}`).toBeLessThanOrEqual(BUDGET.scriptBytes);
  });
}

test('the HIV testing list transfers at most 25 KB on load; its place names come only when someone types', async ({ page }) => {
  const { urls, gzip } = await load(page, PAGES.testing);
  expect(urls.filter((url) => url.startsWith('/pagefind/') || url.endsWith('.json'))).toEqual([]);
  expect(gzip, `gzip bytes for ${PAGES.testing}`).toBeLessThanOrEqual(BUDGET.pageGzipBytes);
});
