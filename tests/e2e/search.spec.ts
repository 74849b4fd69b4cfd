import { DESKTOP, PAGES, expect, test } from './fixtures.ts';

test('search code loads only once someone searches', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto(PAGES.home);
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await page.goto(`${PAGES.search}#q=xet+nghiem`);
  await expect(page.getByRole('status').filter({ hasText: /kết quả/ })).toBeVisible();
  expect(pagefindRequests.length).toBeGreaterThan(0);
});

for (const [query, expected] of [
  ['duong day nong', '/duong-day-nong/'],
  ['đường dây nóng', '/duong-day-nong/'],
  ['xet nghiem hiv', '/xet-nghiem-hiv/'],
] as const) {
  test(`"${query}" finds ${expected}`, async ({ page }) => {
    await page.goto(`${PAGES.search}#q=${encodeURIComponent(query)}`);
    const results = page.locator('[data-search-results] h2 a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(expected);
  });
}

test('the "/" key focuses the header search box', async ({ page }) => {
  // The box is in the header on wide screens; phones reach search through the header's "Tìm" link.
  await page.setViewportSize(DESKTOP.viewport);
  await page.goto(PAGES.home);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox').first()).toBeFocused();
});

test('results can be narrowed to one content type, and the choice is kept in the shareable URL', async ({ page }) => {
  await page.goto(`${PAGES.search}#q=hiv`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.getByLabel('Loại nội dung').selectOption('Pháp luật');
  await expect(page).toHaveURL(/#q=hiv&loai=Ph%C3%A1p\+lu%E1%BA%ADt$/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const types = await page.locator('[data-search-results] li > p:first-child').allTextContents();
  expect(new Set(types)).toEqual(new Set(['Pháp luật']));
});

test('results link to the matching section of a page, and searching raises no CSP or script error', async ({ page, consoleErrors, offsite }) => {
  await page.goto(`${PAGES.search}#q=${encodeURIComponent('ngôi nhà bình yên')}`);
  const result = page.locator('[data-search-results] > li').filter({ has: page.locator('h2 a[href="/duong-day-nong/"]') });
  await expect(result.locator('ul a[href="/duong-day-nong/#ngoi-nha-binh-yen-title"], ul a[href^="/duong-day-nong/#"]').first()).toBeVisible();
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
  expect(offsite).toEqual([]);
});

test('a query typed with exact tone marks puts the exact page first', async ({ page }) => {
  await page.goto(`${PAGES.search}#q=${encodeURIComponent('đường dây nóng')}`);
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveAttribute('href', '/duong-day-nong/');
});
