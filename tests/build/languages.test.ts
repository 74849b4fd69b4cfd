/**
 * Pages in Thái (Tai Viet script) and Mông, and a recorded message, built into a copy of the real site
 * from the fixtures in tests/fixtures/languages/ (sample script, not translations), then opened in
 * Chromium: language tags, links both ways, the Tai Viet font only where it is needed, search, audio.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../e2e/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

const workspace = mkdtempSync(join(tmpdir(), 'languages-'));
const content = join(workspace, 'content');
const out = join(workspace, 'dist');
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

/** About one second of silent MPEG-1 Layer III (128 kbps, 44.1 kHz, mono): a real, playable file. */
function silentMp3(): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0xc0]);
  return Buffer.concat(Array.from({ length: 40 }, () => frame));
}

before(async () => {
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/languages/translations', join(content, 'translations'), { recursive: true });
  mkdirSync(join(content, 'recordings'), { recursive: true });
  writeFileSync(join(content, 'recordings/thu-nghiem-am-thanh.mp3'), silentMp3());
  const env = { ...process.env, CONTENT_ROOT: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
  const check = spawnSync(process.execPath, ['src/cli/check-content.ts'], { env, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stdout + check.stderr);
  buildFixtureSite(content, out);
  site = await serveStatic(out);
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** Opens a page and lists the font files it downloaded. */
async function open(path: string) {
  const page = await browser.newPage();
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return { page, fonts };
}

test('each translation carries its language tag and links to and from its Vietnamese original', async () => {
  const { page } = await open('/ho-tro/cho-nguoi-ban-dam/');
  for (const lang of ['blt', 'twh', 'hmn']) {
    const link = page.locator(`a[hreflang="${lang}"]`);
    assert.equal(await link.count(), 1, `no link to the ${lang} page`);
    const href = (await link.getAttribute('href')) ?? '';
    const translated = await browser.newPage();
    await translated.goto(`${site.origin}${href}`);
    assert.equal(await translated.locator(`article[lang="${lang}"] h1`).count(), 1, `${href} has no ${lang} article`);
    assert.equal(await translated.locator('html').getAttribute('lang'), 'vi', 'the site frame stays Vietnamese');
    assert.equal(await translated.locator('a[hreflang="vi"]').getAttribute('href'), '/ho-tro/cho-nguoi-ban-dam/');
    await translated.close();
  }
  await page.close();
});

test('Tai Viet text renders with the site\'s own font, which no other page downloads', async () => {
  const thai = await open('/ban-dich/cho-nguoi-ban-dam-blt/');
  assert.equal(thai.fonts.length, 1, `fonts: ${thai.fonts.join(', ')}`);
  assert.ok(thai.fonts[0]?.startsWith(`${site.origin}/_astro/`), 'the font comes from our own origin');
  assert.ok(await thai.page.evaluate(() => document.fonts.check('16px "Noto Sans Tai Viet"', 'ꪀꪱ')));
  // The glyphs really come from a font: each letter takes up space instead of being an empty box.
  const width = await thai.page.locator('article h1').evaluate((h1) => h1.getBoundingClientRect().width);
  assert.ok(width > 50);
  for (const path of ['/ban-dich/cho-nguoi-ban-dam-hmn/', '/', '/ho-tro/cho-nguoi-ban-dam/']) {
    const other = await open(path);
    assert.deepEqual(other.fonts, [], `${path} downloaded a font`);
    await other.page.close();
  }
  await thai.page.close();
});

test('site search finds the translated pages by their own words', async () => {
  const { page } = await open('/tim-kiem/');
  const urls = await page.evaluate(async () => {
    // A variable keeps the bundler and the type checker from resolving the site's own file.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const find = async (query: string) => {
      const search = await pagefind.search(query);
      return Promise.all(search.results.slice(0, 5).map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
    };
    return { thai: await find('ꪹꪀꪷ ꪋꪱꪫ'), hmong: await find('ntawv sim') };
  });
  assert.ok(urls.thai.includes('/ban-dich/cho-nguoi-ban-dam-blt/'), urls.thai.join(', '));
  assert.ok(urls.hmong.includes('/ban-dich/cho-nguoi-ban-dam-hmn/'), urls.hmong.join(', '));
  await page.close();
});

test('a recording plays in the browser\'s own player, loads nothing until asked, and can be downloaded', async () => {
  const { page } = await open('/ban-dich/cho-nguoi-ban-dam-blt/');
  const audio = page.locator('audio');
  assert.equal(await audio.getAttribute('preload'), 'none');
  assert.equal(await page.locator('audio source').getAttribute('src'), '/ghi-am/thu-nghiem-am-thanh.mp3');
  const duration = await audio.evaluate(
    (element: HTMLAudioElement) =>
      new Promise<number>((resolve, reject) => {
        element.addEventListener('loadedmetadata', () => resolve(element.duration), { once: true });
        element.addEventListener('error', () => reject(new Error('audio error')), { once: true });
        element.preload = 'metadata';
        element.load();
      }),
  );
  assert.ok(duration > 0.5 && duration < 2, `duration ${duration}`);
  assert.equal(await page.locator('a[download][href="/ghi-am/thu-nghiem-am-thanh.mp3"]').count(), 1);
  assert.equal(readFileSync(join(out, 'ghi-am/thu-nghiem-am-thanh.mp3')).length, 40 * 417);
  await page.close();
});

