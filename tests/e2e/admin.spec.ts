/**
 * The web editor at /admin/, driven like a staff member would, against the built site. The build must
 * use the editor's in-browser test backend (CMS_BACKEND=test-repo, as `npm test` does); files it saves
 * stay in the page (window.repoFilesUnpublished), so the tests read them back from there, put them
 * into a copy of content/ and run the same content check as the real build.
 * The article test then builds that copy into a whole site and reads the new page.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { checkContent, formatProblem, reportProblems } from '../../src/lib/content-check.ts';
import { articleUrl } from '../../src/lib/routes.ts';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { DESKTOP, expect, test } from './fixtures.ts';

test.use(DESKTOP);
// Decap's bundle is 5 MB: one page at a time keeps a shared CI machine responsive.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

interface SavedFile {
  path: string;
  text?: string;
  base64?: string;
}

/** The editor starts with the real hotline and commune lists, as it would from the repository. */
async function openEditor(page: Page, hash = '') {
  const files = Object.fromEntries(
    ['hotlines.yaml', 'communes.yaml', 'search-keywords.yaml'].map((name) => [name, { path: `content/${name}`, content: readFileSync(`content/${name}`, 'utf8') }]),
  );
  await page.addInitScript((content) => Object.assign(window, { repoFiles: { content } }), files);
  const response = await page.goto(`/admin/${hash}`);
  expect(response?.ok(), 'dist/admin/ is missing: build with CMS_BACKEND=test-repo').toBe(true);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Every file the editor saved for review, with images as base64. */
async function savedFiles(page: Page, key: string): Promise<SavedFile[]> {
  return page.evaluate(async (entryKey) => {
    const entry = (window as unknown as { repoFilesUnpublished: Record<string, { diffs: Array<{ path: string; content: unknown }> }> }).repoFilesUnpublished[entryKey];
    if (!entry) return [];
    return Promise.all(
      entry.diffs.map(async ({ path, content }) => {
        if (typeof content === 'string') return { path, text: content };
        const bytes = new Uint8Array(await (content as { fileObj: File }).fileObj.arrayBuffer());
        return { path, base64: btoa(String.fromCharCode(...bytes)) };
      }),
    );
  }, key);
}

/** A copy of content/ with the saved files written in, as a merge would. */
function contentWith(files: SavedFile[]): string {
  const root = join(mkdtempSync(join(tmpdir(), 'admin-e2e-')), 'content');
  cpSync('content', root, { recursive: true });
  for (const file of files) {
    const target = join(root, file.path.replace(/^content\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.base64 ? Buffer.from(file.base64, 'base64') : (file.text ?? ''));
  }
  return root;
}

/** No error that would stop the build (long-sentence warnings in existing pages do not). */
function expectValid(root: string) {
  expect(reportProblems(checkContent(root)).errors.map(formatProblem)).toEqual([]);
}

async function pickOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the editor loads in Vietnamese with no request to another origin and no CSP violation', async ({ page, offsite, consoleErrors }) => {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto('/admin/');
  expect(response?.ok(), 'dist/admin/ is missing: build with CMS_BACKEND=test-repo').toBe(true);
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible({ timeout: 20_000 });
  // Decap fetches its chunks after the first paint; give them time to arrive (or to be blocked).
  await page.waitForTimeout(2000);
  expect(offsite).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self' 'unsafe-eval'; style-src/);

  // The editor stays on its own page: not in the sitemap, and no public page loads its code.
  const request = page.request;
  expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('/admin/');
  for (const path of ['/', articleUrl('tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi')]) {
    expect(await (await request.get(path)).text()).not.toMatch(/admin\/|decap/i);
  }
});

test('a news article written in the form passes the content check, with an ASCII file name and URL', async ({ page }) => {
  // Fills the form, then builds the whole site with the saved files.
  test.setTimeout(300_000);
  await openEditor(page, '#/collections/articles/new');

  await page.getByLabel('Tiêu đề').fill('Điện Biên mở đường dây tư vấn cho người lao động');
  await page.getByLabel('Mô tả ngắn').fill('Người lao động ở cơ sở dịch vụ có thể gọi để được tư vấn miễn phí, giữ bí mật.');
  await page.getByLabel('Ngày đăng').fill('2026-11-20');
  await pickOption(page, 'Chủ đề (không bắt buộc)', 'đường dây nóng');
  await pickOption(page, 'Chủ đề (không bắt buộc)', 'mua bán người');
  await pickOption(page, 'Dành cho (không bắt buộc)', 'Người lao động tại cơ sở kinh doanh dịch vụ');

  const png = new PNG({ width: 8, height: 6 });
  png.data.fill(200);
  await page.getByRole('button', { name: 'Add ảnh bìa' }).click();
  await page.getByRole('button', { name: 'Chọn một hình' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'Ảnh Bìa Lễ Ra Mắt.png', mimeType: 'image/png', buffer: PNG.sync.write(png) });
  await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
  await page.getByLabel('Mô tả ảnh cho người khiếm thị').fill('Cán bộ y tế giới thiệu đường dây tư vấn tại hội nghị');

  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('Khi cần giúp, hãy gọi tổng đài miễn phí.');
  await page.getByTitle('Add Component').click();
  await page.getByRole('menuitem', { name: 'Đường dây nóng' }).click();
  await pickOption(page, 'Đường dây', '111: Tổng đài quốc gia 111: bảo vệ trẻ em và phòng, chống mua bán người');

  // Every article says whether its facts were checked: here, honestly, not yet.
  await page.getByRole('button', { name: 'Add Xác minh' }).click();
  await page.getByRole('menuitem', { name: 'Chưa xác minh' }).click();
  await page.getByLabel('Lý do chưa xác minh').fill('Bài mới, chưa đối chiếu với văn bản gốc.');
  await page.getByLabel('Cách hỏi chính thức (cơ quan nào, số nào)').fill('Hỏi Ban biên tập của trang.');

  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Mục đã được lưu')).toBeVisible();

  const files = await savedFiles(page, 'articles/dien-bien-mo-duong-day-tu-van-cho-nguoi-lao-dong');
  const article = files.find((file) => file.path.endsWith('.mdx'));
  const image = files.find((file) => file.base64);
  expect(article?.path).toBe('content/articles/dien-bien-mo-duong-day-tu-van-cho-nguoi-lao-dong.mdx');
  expect(image?.path).toBe('content/articles/images/anh-bia-le-ra-mat.png');
  const text = article?.text ?? '';
  expect(text).toContain('title: "Điện Biên mở đường dây tư vấn cho người lao động"');
  expect(text).toContain('src: "./images/anh-bia-le-ra-mat.png"');
  expect(text).toMatch(/^<Hotline id="tong-dai-111" \/>$/m);

  const root = contentWith(files);
  try {
    expectValid(root);
    const url = articleUrl('dien-bien-mo-duong-day-tu-van-cho-nguoi-lao-dong');
    expect(url).toMatch(/^[\x21-\x7e]+$/);
    const out = `${root}-dist`;
    buildFixtureSite(root, out, { CMS_BACKEND: '' });
    const html = readFileSync(join(out, url, 'index.html'), 'utf8');
    expect(html).toContain('Điện Biên mở đường dây tư vấn cho người lao động');
    expect(html).toContain('tel:111');
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
});

test('a hotline verification date edited in the form is saved as valid YAML, other records untouched', async ({ page }) => {
  await openEditor(page, '#/collections/danh-ba/entries/hotlines');
  const original = parse(readFileSync('content/hotlines.yaml', 'utf8')) as Array<Record<string, unknown>>;
  
  await page.getByRole('button', { name: 'Expand' }).first().click();
  await page.getByLabel('Ngày bạn kiểm tra nguồn').first().fill('2026-11-26');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Mục đã được lưu')).toBeVisible();

  const [file] = await savedFiles(page, 'danh-ba/hotlines');
  expect(file?.path).toBe('content/hotlines.yaml');
  const text = file?.text ?? '';
  // The file keeps its header comment (where the numbers come from).
  expect(text.split('\n')[0]).toBe(readFileSync('content/hotlines.yaml', 'utf8').split('\n')[0]);
  const saved = parse(text) as typeof original;
  const expected = structuredClone(original);
  (expected[0] as { verification: { date: string } }).verification.date = '2026-11-26';
  expect(saved).toEqual(expected);

  const root = contentWith([file as SavedFile]);
  try {
    expectValid(root);
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
});

test('a search keyword edited in the form is saved as valid YAML that the content check accepts', async ({ page }) => {
  await openEditor(page, '#/collections/hoc-lieu/entries/searchKeywords');
  const source = readFileSync('content/search-keywords.yaml', 'utf8');
  const original = parse(source) as Array<{ id: string; keywords: string[] }>;

  await page.getByRole('button', { name: 'Expand' }).first().click();
  // Decap does not tie a list item's label to its box; the first item box is the first keyword.
  const firstKeyword = page.locator('input[id^="item-field-"]').first();
  await expect(firstKeyword).toHaveValue(original[0]?.keywords[0] ?? '');
  await firstKeyword.fill('số gọi khi cần giúp');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Mục đã được lưu')).toBeVisible();

  const [file] = await savedFiles(page, 'hoc-lieu/searchKeywords');
  expect(file?.path).toBe('content/search-keywords.yaml');
  const text = file?.text ?? '';
  expect(text.split('\n')[0]).toBe(source.split('\n')[0]);
  const expected = structuredClone(original);
  (expected[0] as { keywords: string[] }).keywords[0] = 'số gọi khi cần giúp';
  expect(parse(text)).toEqual(expected);

  const root = contentWith([file as SavedFile]);
  try {
    expectValid(root);
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
});
