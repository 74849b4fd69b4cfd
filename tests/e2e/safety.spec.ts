import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DESKTOP, PAGES, exitButton, expect, test } from './fixtures.ts';

const EXIT_URL = 'https://nchmf.gov.vn/';
const hotlines = parse(readFileSync('content/hotlines.yaml', 'utf8')) as Array<{ id: string; number: string; stripOrder?: number }>;
const digits = (number: string) => number.replace(/\D/g, '');

test.describe('quick exit', () => {
  test.use(DESKTOP);
  test('the button is visible at the top of every page type and leaves for the neutral site', async ({ page, offsite }) => {
    for (const path of [PAGES.home, PAGES.article, PAGES.testing]) {
      await page.goto(path);
      const button = exitButton(page);
      await expect(button).toBeVisible();
      await expect(button).toContainText('Thoát nhanh');
      const box = await button.boundingBox();
      expect(box?.y ?? 999).toBeLessThan(80);
    }
    await exitButton(page).click();
    await page.waitForURL(EXIT_URL);
    expect(offsite).toContain(EXIT_URL);
  });

  test('stays in view while scrolling', async ({ page }) => {
    await page.goto(PAGES.lawGuide);
    await page.mouse.wheel(0, 3000);
    await expect(exitButton(page)).toBeInViewport();
  });

  test('Shift pressed three times leaves, covering the page first', async ({ page }) => {
    await page.goto(PAGES.home);
    const overlayTexts: string[] = [];
    await page.exposeFunction('reportOverlay', (text: string) => overlayTexts.push(text));
    await page.evaluate(() => {
      const overlay = document.querySelector<HTMLElement>('[data-exit-overlay]');
      if (!overlay) return;
      const report = (window as unknown as { reportOverlay: (text: string) => void }).reportOverlay;
      new MutationObserver(() => {
        if (!overlay.hidden) report(overlay.textContent ?? '');
      }).observe(overlay, { attributes: true });
    });
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').filter({ hasText: 'Nhấn Shift thêm 2 lần' })).toBeAttached();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
    expect(overlayTexts).toEqual(['Đang rời trang…']);
  });

  test('Shift used for capital letters while typing does not trigger it', async ({ page }) => {
    await page.goto(PAGES.search);
    await page.getByRole('searchbox').first().focus();
    await page.keyboard.type('ĐIỆN BIÊN HIV');
    await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/tim-kiem/');
  });

  test('the count resets after five seconds', async ({ page }) => {
    await page.clock.install();
    await page.goto(PAGES.home);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.clock.runFor(5100);
    await expect(page.getByRole('status').filter({ hasText: 'Đã hết thời gian' })).toBeAttached();
    await page.keyboard.press('Shift');
    await page.waitForTimeout(200);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('keyboard users reach a secondary exit link right after the skip link', async ({ page }) => {
    await page.goto(PAGES.home);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Thoát nhanh khỏi trang này');
    await expect(page.locator(':focus')).toBeVisible();
    await page.keyboard.press('Enter');
    await page.waitForURL(EXIT_URL);
  });

  test('Back after the quick exit skips the page the reader fled', async ({ page }) => {
    await page.goto(PAGES.home);
    await page.goto(PAGES.search);
    await page.getByRole('searchbox').first().fill('bán dâm bị bắt');
    const entriesBefore = await page.evaluate(() => history.length);
    await exitButton(page).click();
    await page.waitForURL(EXIT_URL);
    await page.evaluate(() => history.back());
    await page.waitForURL((url) => url.href !== EXIT_URL);
    expect(new URL(page.url()).pathname).toBe(PAGES.home);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The neutral site took the fled page's place in this tab's history rather than adding an entry after it.
    expect(await page.evaluate(() => history.length)).toBe(entriesBefore);
  });

  test('the online-safety page is honest that history is not erased', async ({ page }) => {
    await page.goto(PAGES.safety);
    await expect(page.locator('main')).toContainText(/lịch sử/i);
    await expect(page.locator('main')).toContainText(/ẩn danh/i);
    await expect(page.locator('main')).toContainText('không mở lại trang bạn vừa thoát');
  });
});

test.describe('hotline strip', () => {
  const strip = hotlines.filter((hotline) => hotline.stripOrder !== undefined).sort((a, b) => (a.stripOrder ?? 0) - (b.stripOrder ?? 0));

  test('the data puts 111 and 113 in the strip', () => {
    expect(strip.map((hotline) => digits(hotline.number))).toEqual(expect.arrayContaining(['111', '113']));
  });

  test('every page offers tap-to-call for the strip numbers, read from the data', async ({ page }) => {
    for (const path of [PAGES.home, PAGES.hotlines, PAGES.article]) {
      await page.goto(path);
      const links = page.getByRole('complementary', { name: /Gọi ngay/ }).locator('a[href^="tel:"]');
      expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual(strip.map((h) => `tel:${digits(h.number)}`));
    }
  });

  test('the retired 1800 1567 line appears nowhere as a number to call', async ({ page }) => {
    for (const path of Object.values(PAGES)) {
      await page.goto(path);
      await expect(page.locator('a[href^="tel:18001567"]')).toHaveCount(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('core pages, hotlines and the exit link still work', async ({ page }) => {
    await page.goto(PAGES.hotlines);
    await expect(page.locator('a[href="tel:111"]').first()).toBeVisible();
    await exitButton(page).click();
    await page.waitForURL(EXIT_URL);
  });

  test('the testing page lists all 45 communes and wards with their points', async ({ page }) => {
    await page.goto(PAGES.testing);
    await expect(page.locator('[data-commune] > h3')).toHaveCount(45);
    await expect(page.locator('main')).toContainText('phường Him Lam');
    await expect(page.locator('main article')).not.toHaveCount(0);
  });

  test('the header search form leads to the search page without sending the words typed', async ({ page }) => {
    // Phones reach search through the header's "Tìm" link; wide screens have the box in the header.
    await page.setViewportSize(DESKTOP.viewport);
    await page.goto(PAGES.home);
    await page.getByRole('searchbox').fill('him lam');
    await page.getByRole('button', { name: 'Tìm' }).click();
    // Search cannot run without JavaScript; sending the words would only put them into server logs.
    await expect(page).toHaveURL(/\/tim-kiem\/\??$/);
    await expect(page.locator('[data-search-nojs]')).toBeVisible();
    expect(page.url()).not.toContain('him');
  });
});

test.describe('verification shown to readers', () => {
  test('verified records show the date they were checked, unverified ones say so', async ({ page }) => {
    await page.goto(PAGES.hotlines);
    await expect(page.locator('[data-verification="verified"]').first()).toContainText(/Đã xác minh ngày \d{2}\/\d{2}\/\d{4}/);
    await page.goto(PAGES.testing);
    await expect(page.locator('[data-verification="unverified"]').first()).toContainText('Chưa xác minh');
  });
});
