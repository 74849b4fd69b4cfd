import AxeBuilder from '@axe-core/playwright';
import { PAGES, expect, test } from './fixtures.ts';

for (const [kind, path] of Object.entries(PAGES)) {
  test.describe(`${kind} page (${path})`, () => {
    test('has Vietnamese metadata for search engines and share previews', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page).toHaveTitle(/\S/);
      const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
      expect(await meta('meta[name="description"]')).toBeTruthy();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${path}$`));
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale']) {
        expect(await meta(`meta[property="${property}"]`), property).toBeTruthy();
      }
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    });

    test('passes axe (WCAG 2.2 AA) with no console errors and no request to another origin', async ({ page, offsite, consoleErrors }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offsite).toEqual([]);
    });
  });
}

test('external links do not leak the referrer or give the new page a handle', async ({ page }) => {
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    const external = await page.locator('a[href^="http"]').evaluateAll((links) =>
      links.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin).map((a) => a.getAttribute('rel') ?? ''),
    );
    for (const rel of external) {
      expect(rel, path).toContain('noopener');
      expect(rel, path).toContain('noreferrer');
    }
  }
});

test('every internal link on every page in the sitemap leads somewhere', async ({ request }) => {
  const index = await (await request.get('/sitemap-0.xml')).text();
  const pages = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(pages.length).toBeGreaterThan(20);
  const checked = new Map<string, number>();
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/g)) {
      if (!href || checked.has(href)) continue;
      checked.set(href, (await request.get(href)).status());
    }
  }
  const broken = [...checked].filter(([, status]) => status !== 200);
  expect(broken).toEqual([]);
});

test('feed, sitemap and robots.txt are published', async ({ request }) => {
  const rss = await request.get('/rss.xml');
  expect(rss.status()).toBe(200);
  const feed = await rss.text();
  expect(feed).toContain('<language>vi</language>');
  expect(feed).toContain('/tin-tuc/tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi/');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
});

test('unknown addresses get the Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('pages print cleanly: no exit button, menus or share buttons on paper, content and numbers kept', async ({ page }) => {
  for (const path of [PAGES.article, PAGES.lawGuide, PAGES.hotlines]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-exit-this-page]')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeHidden();
    await expect(page.locator('form[role="search"]').first()).toBeHidden();
    await expect(page.locator('[data-share]')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('a[href="tel:111"]').first()).toBeVisible();
  }
});
