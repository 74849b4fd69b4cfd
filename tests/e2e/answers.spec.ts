/**
 * The help pages written for what residents, people who sell sex, victims, teachers and owners could not
 * find: each renders with its heading and its sources, and site search finds it for one query typed the
 * way a reader would type it (no tone marks).
 */
import { expect, test } from './fixtures.ts';

const ANSWERS = [
  { path: '/ho-tro/bao-tin-to-giac/', h1: /Báo tin, tố giác/, query: 'to giac co can noi ten khong' },
  { path: '/ho-tro/suc-khoe-nguoi-ban-dam/', h1: /PEP/, query: 'thuoc PEP 72 gio' },
  { path: '/ho-tro/quyen-khi-bi-xu-phat/', h1: /bị xử phạt hành chính/, query: 'giao duc tai xa phuong ban dam' },
  { path: '/ho-tro/nan-nhan-giay-to-va-toa-an/', h1: /được xác định thế nào/, query: 'khai sinh cho con sinh o nuoc ngoai' },
  { path: '/phap-luat/thu-tuc-cho-chu-co-so/', h1: /chứng nhận an ninh, trật tự/, query: 'thong bao luu tru nha nghi' },
  { path: '/phap-luat/giai-thich-tu-ngu/', h1: /Giải thích từ ngữ/, query: 'giam hai la gi' },
  { path: '/tai-lieu/hoc-sinh-sinh-vien/an-toan-cho-hoc-sinh-thcs/', h1: /trung học cơ sở/, query: 'hoc sinh thcs' },
  { path: '/tai-lieu/phu-huynh-thay-co/quy-trinh-bao-tin-o-truong/', h1: /báo ai, theo thứ tự nào/, query: 'nghi hoc sinh bi xam hai bao ai' },
] as const;

for (const { path, h1, query } of ANSWERS) {
  test(`${path} renders with its heading and sources, and search finds it for "${query}"`, async ({ page, consoleErrors }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    const sources = page.locator('details summary').filter({ hasText: /^Nguồn \(\d+\)$/ });
    await expect(sources).toHaveCount(1);
    await sources.click();
    await expect(page.locator('details[open] li a[rel~="noopener"]').first()).toBeVisible();

    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toHaveText(/kết quả/, { timeout: 15_000 });
    // Polled: on a loaded machine the result list can still be filling in when the count appears.
    await expect
      .poll(() =>
        page
          .locator('[data-search-results] h2 a')
          .evaluateAll((links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      )
      .toContain(path);
    expect(consoleErrors).toEqual([]);
  });
}

test('every legal table on the new pages has a plain-language line just above it', async ({ page }) => {
  for (const path of ['/ho-tro/bao-tin-to-giac/', '/ho-tro/quyen-khi-bi-xu-phat/', '/ho-tro/nan-nhan-giay-to-va-toa-an/', '/phap-luat/thu-tuc-cho-chu-co-so/', '/phap-luat/giai-thich-tu-ngu/']) {
    await page.goto(path);
    const tables = page.locator('.prose table');
    expect(await tables.count(), path).toBeGreaterThan(0);
    const leads = await tables.evaluateAll((list) => list.map((table) => table.previousElementSibling?.textContent ?? ''));
    for (const lead of leads) expect(lead, path).toMatch(/^Nói đơn giản:/);
  }
});
