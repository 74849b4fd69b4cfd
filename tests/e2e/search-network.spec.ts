/**
 * Search on slow and failing networks, as readers in the highlands get them: throttled mobile data while
 * typing at human speed, the index failing and coming back, a part of it failing, odd addresses.
 */
import { DESKTOP, PAGES, expect, test } from './fixtures.ts';

const status = '[data-search-status]';
const resultLinks = '[data-search-results] h2 a';

test('typing at human speed on slow mobile data ends on the results of the whole query', async ({ page }) => {
  test.setTimeout(60_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // 150 ms latency, 1.6 Mbps down, 750 kbps up: a weak 3G/4G link.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.goto(PAGES.search);
  await page.locator('#tim-kiem-trang').focus();
  await page.keyboard.type('xet nghiem', { delay: 150 });
  await expect(page.locator(status)).toContainText('“xet nghiem”', { timeout: 30_000 });
  await expect(page.locator('[data-search-results][aria-busy="false"]')).toBeAttached({ timeout: 30_000 });
  await expect(page.locator(resultLinks).first()).toBeVisible();
  // Nothing from an earlier, shorter query may arrive late and replace it.
  await page.waitForTimeout(3_000);
  await expect(page.locator(status)).toContainText('“xet nghiem”');
  expect(new URL(page.url()).hash).toBe('#q=xet+nghiem');
});

test('only the five results shown are downloaded; more come on request', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await page.goto(`${PAGES.search}#q=hiv`);
  await expect(page.locator('[data-search-results][aria-busy="false"]')).toBeAttached();
  await expect(page.locator('[data-search-results] > li')).toHaveCount(5);
  expect(fragments.length).toBeLessThanOrEqual(5);
  await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
  await expect(page.locator('[data-search-results] > li')).toHaveCount(10);
  await expect(page.locator('[data-search-results] > li').nth(5).locator('a').first()).toBeFocused();
});

for (const [part, pattern] of [
  ['the whole index', '**/pagefind/**'],
  ['an index chunk', '**/pagefind/index/**'],
  ['a result text', '**/pagefind/fragment/**'],
] as const) {
  test(`when ${part} fails to load, the reader is told and can retry without reloading`, async ({ page }) => {
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    await page.goto(`${PAGES.search}#q=${encodeURIComponent('him lam')}`);
    await expect(page.locator(status)).toHaveText(/Chưa tải được kết quả tìm kiếm/);
    await expect(page.locator(status)).not.toContainText('Không tìm thấy');
    const retry = page.getByRole('button', { name: 'Thử lại' });
    await expect(retry).toBeVisible();
    await page.unroute(pattern);
    await retry.click();
    await expect(page.locator(status)).toContainText('“him lam”');
    await expect(page.locator(resultLinks).first()).toBeVisible();
    await expect(retry).toBeHidden();
  });
}

test('an unknown content type in the address is ignored, not offered', async ({ page }) => {
  await page.goto(`${PAGES.search}#q=hiv&loai=${encodeURIComponent('Không có')}`);
  await expect(page.locator(resultLinks).first()).toBeVisible();
  await expect(page.getByLabel('Loại nội dung').locator('option', { hasText: 'Không có' })).toHaveCount(0);
  await expect(page.getByLabel('Loại nội dung').locator('option', { hasText: 'Pháp luật' })).toHaveCount(1);
  expect(new URL(page.url()).hash).toBe('#q=hiv');
});

test('the header search never sends the words to the server; old ?q= links still work', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  // The header box is on wide screens; phones reach the search page through the header's "Tìm" link.
  await page.setViewportSize(DESKTOP.viewport);
  await page.goto(PAGES.home);
  await page.getByRole('searchbox').fill('him lam');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/#q=him\+lam$/);
  await expect(page.locator(resultLinks).first()).toBeVisible();
  expect(requested.filter((url) => url.includes('him'))).toEqual([]);

  await page.goto(`${PAGES.search}?q=hiv`);
  await expect(page.locator(status)).toContainText('“hiv”');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#q=hiv');
});
