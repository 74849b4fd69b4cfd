/**
 * The opt-in offline copy: nothing is stored before the reader asks; once saved, the hotlines, the
 * locator and the help pages open with no server at all; "Xóa bản đã lưu" and the quick exit leave no
 * cache and no service worker; nothing goes to another origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { OFFLINE_CACHE } from '../../src/lib/offline-pack.ts';
import { gzipSize } from '../../src/lib/page-weight.ts';
import { OFFLINE_UI } from '../../src/ui/strings.ts';
import { serveStatic } from '../support/static-server.ts';
import { expect, PAGES, test } from './fixtures.ts';

/** The page list the built worker really holds. */
const packPages = (): string[] => {
  const worker = readFileSync('dist/sw.js', 'utf8');
  const config = JSON.parse(/const \{[^}]+\} = (\{.*\});/.exec(worker)?.[1] ?? '{}') as { pages?: string[] };
  return (config.pages ?? []).filter((path) => path.endsWith('/'));
};

const storage = (page: Page) =>
  page.evaluate(async () => ({
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

/** A private context of its own against a server the test can switch off. */
async function phone(browser: import('@playwright/test').Browser) {
  const server = await serveStatic('dist');
  const context: BrowserContext = await browser.newContext();
  const offsite: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(server.origin)) offsite.push(request.url());
  });
  // The quick exit's destination is answered here, never fetched.
  await context.route('https://nchmf.gov.vn/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Thời tiết</title>' }));
  const page = await context.newPage();
  return { server, context, page, offsite, url: (path: string) => `${server.origin}${path}` };
}

async function save(page: Page) {
  await page.getByRole('button', { name: OFFLINE_UI.save }).click();
  await expect(page.locator('[data-offline-status]')).toContainText(OFFLINE_UI.saved.split('{date}')[0] ?? '', { timeout: 30_000 });
}

test('nothing is stored on the phone before the reader asks', async ({ page }) => {
  for (const path of [PAGES.hotlines, PAGES.testing, PAGES.helpGuide, PAGES.home, PAGES.lesson]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await storage(page), path).toEqual({ caches: 0, workers: 0 });
  }
  await expect(page.locator('[data-offline-pack]')).toBeHidden();
  await page.goto(PAGES.hotlines);
  await expect(page.getByRole('button', { name: OFFLINE_UI.save })).toBeVisible();
});

test('saved pages open with no signal, show when they were saved, and delete leaves nothing', async ({ browser }) => {
  // Saves and then opens every page of the copy, one after another.
  test.setTimeout(120_000);
  const { server, context, page, offsite, url } = await phone(browser);
  const pages = packPages();
  expect(pages).toEqual(expect.arrayContaining([PAGES.hotlines, PAGES.testing, PAGES.helpGuide, PAGES.safety]));
  await page.goto(url(PAGES.hotlines));
  await save(page);
  // What saving costs the reader: every cached file as a server sends it (gzip), and what it takes on the phone.
  const cached = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const files: Array<{ path: string; bytes: number }> = [];
    for (const request of await cache.keys()) {
      files.push({ path: new URL(request.url).pathname, bytes: (await (await cache.match(request))?.arrayBuffer())?.byteLength ?? 0 });
    }
    return files;
  }, OFFLINE_CACHE);
  const onDisk = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);
  const download = cached.filter((file) => existsSync(onDisk(file.path))).reduce((sum, file) => sum + gzipSize(readFileSync(onDisk(file.path))), 0);
  const stored = cached.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`offline copy: ${cached.length} files, ${(download / 1024).toFixed(1)} KB to download (gzip), ${(stored / 1024).toFixed(1)} KB stored`);
  expect(cached.map((file) => file.path)).toEqual(expect.arrayContaining(pages));
  expect(download).toBeLessThan(400 * 1024);

  await server.close();
  await context.setOffline(true);
  for (const path of pages) {
    await page.goto(url(path));
    await expect(page.locator('h1'), path).toBeVisible();
  }
  await page.goto(url(PAGES.testing));
  await expect(page.locator('[data-offline-status]')).toContainText(/\d{2}:\d{2}/);
  // The place names the locator fetches when someone types were saved with it.
  await page.getByLabel('Xã, phường của bạn').fill('nam vi');
  await expect(page.getByRole('status').filter({ hasText: 'nay thuộc' })).toContainText('xã Mường Nhé');
  // A page that was not saved does not open: the pages above really came from the phone's copy.
  const unsaved = await context.newPage();
  await expect(unsaved.goto(url(PAGES.lawGuide))).rejects.toThrow();
  await unsaved.close();

  await page.goto(url(PAGES.hotlines));
  await page.getByRole('button', { name: OFFLINE_UI.remove }).click();
  await expect(page.locator('[data-offline-status]')).toHaveText(OFFLINE_UI.removed);
  expect(await storage(page)).toEqual({ caches: 0, workers: 0 });
  expect(offsite).toEqual([]);
  await context.close();
});

test('the quick exit removes the saved copy before it leaves', async ({ browser }) => {
  const { server, context, page, offsite, url } = await phone(browser);
  await page.goto(url(PAGES.helpGuide));
  await save(page);
  await page.locator('[data-exit-this-page] [data-exit-link]').click();
  await page.waitForURL('https://nchmf.gov.vn/**');
  const check = await context.newPage();
  await check.goto(url(PAGES.home));
  expect(await storage(check)).toEqual({ caches: 0, workers: 0 });
  expect(offsite.filter((request) => !request.startsWith('https://nchmf.gov.vn/'))).toEqual([]);
  await context.close();
  await server.close();
});
