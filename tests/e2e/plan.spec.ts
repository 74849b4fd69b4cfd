/**
 * The plan as a monitored programme, in the built site with its real content: the progress charts and
 * table agree target by target (and, with no report yet, both say "chưa có số liệu" and draw no bar), the
 * page stays within budget, every body of section V has its section, the officials' hub and reach page
 * render, and a commune's QR path reaches the poster's page with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BUDGET, weighPageLoad } from '../../src/lib/page-weight.ts';
import { PAGES, expect, test } from './fixtures.ts';

const targets = parse(readFileSync('content/plan-targets.yaml', 'utf8')) as Array<{ id: string }>;

/** Section V of Kế hoạch 1447/KH-UBND, items 1 to 14, as the issue lists them. */
const SECTION_V = [
  'Sở Y tế',
  'Công an tỉnh',
  'Ban Chỉ huy Bộ đội Biên phòng tỉnh',
  'Sở Tài chính',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ',
  'Sở Nội vụ',
  'Sở Nông nghiệp và Môi trường',
  'Sở Tư pháp',
  'Viện Kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh',
  'Báo và Phát thanh, truyền hình Điện Biên',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Ủy ban nhân dân các xã, phường',
];

test('each target has an accessible chart and a table row that agree; missing figures are not zero', async ({ page, consoleErrors }) => {
  await page.goto(PAGES.plan);
  const dashboard = page.locator('[data-plan-progress]');
  for (const { id } of targets) {
    const chart = dashboard.locator(`svg[data-chart-target="${id}"]`);
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart.locator('title')).not.toBeEmpty();
    await expect(chart.locator('desc')).toContainText('Chưa có số liệu');
    // No figure reported: no filled bar, only the dashed outline and the goal line.
    await expect(chart.locator('rect')).toHaveCount(1);
    const row = dashboard.locator(`tr[data-progress-row="${id}"]`);
    await expect(row.locator('[data-reached]')).toHaveText('chưa có số liệu');
    await expect(dashboard.locator(`[data-chart-value="${id}"]`)).toHaveText('chưa có số liệu');
  }
  await expect(dashboard.locator('tr[data-progress-row]')).toHaveCount(targets.length);
  await expect(dashboard.getByText('Chưa có xã, phường nào có số liệu báo cáo.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Việc của từng cơ quan' }).first()).toHaveAttribute('href', '/ke-hoach-2026/co-quan/');
  expect(consoleErrors).toEqual([]);
});

test('the plan page stays within the page-weight budget', async ({ page }) => {
  const { gzipBytes, scriptBytes } = await weighPageLoad(page, PAGES.plan);
  expect(gzipBytes).toBeLessThanOrEqual(BUDGET.pageGzipBytes);
  expect(scriptBytes).toBeLessThanOrEqual(BUDGET.scriptBytes);
});

test('every body of section V has its own section with its duties and source', async ({ page }) => {
  await page.goto('/ke-hoach-2026/co-quan/');
  const sections = page.locator('section[data-agency]');
  await expect(sections.locator('h2')).toHaveText(SECTION_V);
  for (let index = 0; index < SECTION_V.length; index += 1) {
    const section = sections.nth(index);
    await expect(section).toContainText(`mục V.${index + 1}`);
    expect(await section.locator('ol > li').count()).toBeGreaterThan(0);
    await expect(section.locator('details summary')).toContainText('Nguồn');
  }
  // The index links to each section.
  await page.getByRole('link', { name: 'Sở Khoa học và Công nghệ' }).click();
  await expect(page).toHaveURL(/#so-khoa-hoc-cong-nghe$/);
});

test('the officials hub has the meeting script, the 178 caveat, referrals and the download pack', async ({ page }) => {
  await page.goto('/danh-cho-can-bo/');
  await expect(page.getByRole('heading', { name: 'Bài phát thanh 2–3 phút' })).toBeVisible();
  await expect(page.getByText('đang chờ xác minh').first()).toBeVisible();
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  const pack = page.locator('[data-download-pack]');
  await expect(pack.locator('a[href^="/hoi-dap/hieu-lam/"]')).not.toHaveCount(0);
  await expect(pack.locator('a[href="/ap-phich/truong-hoc/a4/"]')).toHaveCount(1);
  await expect(pack.locator('a[href$="/giao-vien/"]')).not.toHaveCount(0);
});

test('the reach page renders its (still empty) data file and explains the method', async ({ page }) => {
  await page.goto('/so-lieu-tiep-can/');
  await expect(page.locator('[data-reach-empty]')).toHaveText(/^Chưa có số liệu/);
  await expect(page.getByRole('heading', { name: 'Đếm thế nào' })).toBeVisible();
});

// The plan page itself is checked by pages.spec.ts.
for (const path of ['/ke-hoach-2026/co-quan/', '/danh-cho-can-bo/', '/so-lieu-tiep-can/']) {
  test(`${path} passes the WCAG 2.2 AA checks, with no CSP error`, async ({ page, consoleErrors }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a commune QR path forwards to the poster page, and is kept out of search engines', async ({ page, request }) => {
    const html = await (await request.get('/q/kd/muong-nhe/')).text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    await page.goto('/q/kd/muong-nhe/');
    await page.waitForURL('**/tai-lieu/nguoi-lao-dong/');
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).not.toContain('/q/');
    expect(sitemap).toContain('/ke-hoach-2026/co-quan/');
  });
});
