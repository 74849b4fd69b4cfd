/**
 * Issue #15 in the built site: the locator says what is confirmed and what is only the plan's target;
 * every FAQ answer, plan target and article shows its sources and verified date; hotline hours in
 * answers come from the hotline record.
 */
import { PAGES, expect, test } from './fixtures.ts';

test('the locator says no point is confirmed, that 45 units is the 2026 target, and which number to call first', async ({ page }) => {
  await page.goto(PAGES.testing);
  const status = page.locator('[data-testing-status]');
  await expect(status).toContainText('Chưa có điểm nào được nguồn chính thức xác nhận');
  await expect(status).toContainText('cả 45 xã, phường là mục tiêu của Kế hoạch 1447/KH-UBND cho năm 2026 (mục II.1.4)');
  await expect(status.locator('a[href="tel:111"]')).toBeVisible();
  // Every card of an unconfirmed point asks the reader to check first instead of listing the service as fact.
  const cards = page.locator('article[data-site]');
  expect(await cards.count()).toBeGreaterThan(40);
  expect(await cards.filter({ hasText: 'Cần hỏi trước, chưa xác nhận:' }).count()).toBe(await cards.count());
});

test('every FAQ answer and myth card shows a verified date and its sources', async ({ page }) => {
  await page.goto(PAGES.faq);
  const answers = page.locator('section[aria-label] > div');
  const myths = page.locator('section[aria-labelledby="hieu-lam"] li.card');
  expect(await answers.count()).toBeGreaterThan(15);
  expect(await answers.filter({ has: page.locator('[data-verification="verified"]') }).count()).toBe(await answers.count());
  expect(await myths.filter({ has: page.locator('[data-verification="verified"]') }).count()).toBe(await myths.count());
  const notes = page.locator('[data-verification]');
  await expect(notes.first()).toContainText(/Đã xác minh ngày \d{2}\/\d{2}\/\d{4}/);
  await expect(notes.first().locator('summary')).toContainText('Nguồn');
  // The legal-aid line's hours come from its record: office hours, never "day and night".
  const legalAid = page.locator('#tro-giup-phap-ly-mien-phi ~ ul [data-hotline-facts="tro-giup-phap-ly"]').first();
  await expect(legalAid).toContainText('Thứ Hai – Thứ Sáu: 08:00–17:00');
});

test('every plan target and every article shows its verification', async ({ page }) => {
  await page.goto('/ke-hoach-2026/');
  const rows = page.locator('[data-progress-row]');
  expect(await rows.count()).toBe(14);
  expect(await rows.locator('[data-verification="verified"]').count()).toBe(14);
  await page.goto(PAGES.article);
  await expect(page.locator('article [data-verification]').first()).toContainText(/Đã xác minh ngày/);
});

test('a help page shows the hours of the legal-aid line from its record, not typed in the text', async ({ page }) => {
  await page.goto(PAGES.helpGuide);
  await expect(page.locator('[data-hotline-details="tro-giup-phap-ly"]').first()).toContainText('Thứ Hai – Thứ Sáu: 08:00–17:00');
  await expect(page.locator('[data-hotline-details="tong-dai-111"]').first()).toContainText('24 giờ mỗi ngày');
});
