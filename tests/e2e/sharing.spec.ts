import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { POSTERS, PAPER } from '../../src/data/posters.ts';
import { SITE_URL } from '../../src/site-config.ts';
import { PAGES, expect, test } from './fixtures.ts';

const decodePng = (bytes: Buffer) => PNG.sync.read(bytes);

for (const poster of POSTERS) {
  for (const paper of Object.keys(PAPER) as Array<keyof typeof PAPER>) {
    test(`poster ${poster.id} ${paper}: right size, and its QR code opens ${poster.path}`, async ({ request }) => {
      const response = await request.get(`/ap-phich/${poster.id}-${paper}.png`);
      expect(response.status()).toBe(200);
      const image = decodePng(await response.body());
      expect([image.width, image.height]).toEqual([PAPER[paper].widthPx, PAPER[paper].heightPx]);
      const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
      expect(code?.data).toBe(new URL(poster.path, SITE_URL).href);
    });
  }
}

test('posters show the hotline numbers from the data and offer every download', async ({ page, request }) => {
  await page.goto('/ap-phich/');
  for (const poster of POSTERS) {
    for (const href of [`/ap-phich/${poster.id}.svg`, `/ap-phich/${poster.id}-a4.png`, `/ap-phich/${poster.id}-a3.png`, `/ap-phich/${poster.id}/a4/`, `/ap-phich/${poster.id}/a3/`]) {
      await expect(page.locator(`a[href="${href}"]`)).toHaveCount(1);
      expect((await request.get(href)).status()).toBe(200);
    }
  }
  const svg = await (await request.get(`/ap-phich/${POSTERS[0]!.id}.svg`)).text();
  expect(svg.startsWith('<svg')).toBe(true);
  // Text is drawn as outlines, so the poster prints the same without the font installed.
  expect(svg).not.toContain('<text');
});

test('every page has its own 1200×630 share image', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const seen = new Set<string>();
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, path).toMatch(/\/og\/.+\.png\?v=\w+$/);
    const imagePath = new URL(image ?? '').pathname;
    expect(seen.has(imagePath), `${path} shares ${imagePath}`).toBe(false);
    seen.add(imagePath);
    const png = decodePng(await (await request.get(imagePath)).body());
    expect([png.width, png.height], path).toEqual([1200, 630]);
  }
});

test('a myth card has its own page, share image and share actions that call no other site', async ({ page, offsite }) => {
  await page.goto('/hoi-dap/');
  await page.getByRole('link', { name: 'Xem và chia sẻ thẻ này' }).first().click();
  await expect(page).toHaveURL(/\/hoi-dap\/hieu-lam\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hiểu lầm:');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /^Sự thật: /);
  await expect(page.getByRole('link', { name: 'Chia sẻ lên Facebook' })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/);
  expect(offsite).toEqual([]);
});

test('copy link puts the page address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGES.article);
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(PAGES.article, SITE_URL).href);
});
