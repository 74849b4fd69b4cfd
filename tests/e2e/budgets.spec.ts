/**
 * Page-weight budgets, in bytes (deterministic, unlike timings): a text page transfers at most 25 KB
 * gzip in all, with at most 5 KB of JavaScript, and search code is not part of it.
 */
import { BUDGET, gzipSize, inlineScriptBytes } from '../../src/lib/page-weight.ts';
import { PAGES, expect, test } from './fixtures.ts';

const TEXT_PAGES = [PAGES.home, PAGES.article, PAGES.lawGuide, PAGES.helpGuide, PAGES.hotlines, PAGES.lesson, PAGES.faq, PAGES.safety, PAGES.servicePoint, PAGES.mythCard];

for (const path of TEXT_PAGES) {
  test(`${path} stays within the page-weight budget`, async ({ page }) => {
    const bodies: Array<{ url: string; type: string; gzip: number; raw: number }> = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bodies.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSize(body), raw: body.length });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const html = await (await page.request.get(path)).text();
    const total = bodies.reduce((sum, body) => sum + body.gzip, 0);
    const scripts = inlineScriptBytes(html) + bodies.filter((b) => b.type === 'script').reduce((sum, b) => sum + b.raw, 0);
    expect(bodies.filter((body) => body.url.includes('/pagefind/'))).toEqual([]);
    expect(total, `gzip bytes for ${path}`).toBeLessThanOrEqual(BUDGET.pageGzipBytes);
    expect(scripts, `script bytes for ${path}`).toBeLessThanOrEqual(BUDGET.scriptBytes);
  });
}
