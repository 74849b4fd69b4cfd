/**
 * `npm run bench` (after `npm run build`): reports page weights per page type and search cost, cold and
 * warm, in a real Chromium against `astro preview`. Numbers only; it never fails on timings.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../../tests/e2e/chromium.ts';
import { freePort } from '../../tests/support/free-port.ts';
import { gzipSize, inlineScriptBytes, scriptFiles } from '../lib/page-weight.ts';

const PORT = await freePort();
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/tin-tuc/tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi/', '/phap-luat/bo-luat-hinh-su/', '/duong-day-nong/', '/xet-nghiem-hiv/', '/tai-lieu/hoc-sinh-sinh-vien/thu-doan-du-do/', '/tim-kiem/'];
const QUERIES = ['duong day nong', 'xet nghiem hiv', 'him lam'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(BASE).then((r) => r.ok).catch(() => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  console.log('Page weight (HTML with its inlined CSS and JS, plus the script files it loads; nothing else is fetched):');
  console.log('| page | HTML raw | gzip in all | JS (raw) |\n| --- | ---: | ---: | ---: |');
  for (const path of PAGES) {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    const files = scriptFiles(html).map((src) => readFileSync(join('dist', src)));
    const gzip = gzipSize(html) + files.reduce((sum, file) => sum + gzipSize(file), 0);
    const js = inlineScriptBytes(html) + files.reduce((sum, file) => sum + file.length, 0);
    console.log(`| ${path} | ${kb(Buffer.byteLength(html))} | ${kb(gzip)} | ${kb(js)} |`);
  }

  const index = dirSize('dist/pagefind');
  console.log(`\nSearch index (dist/pagefind): ${kb(index.bytes)} in ${index.files} files`);
  console.log('\n| first query (cold) | bytes | ms to results | next query (warm) bytes | ms to results |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [index, query] of QUERIES.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${BASE}/tim-kiem/`);
    const measure = async (q: string) => {
      bytes = 0;
      const start = Date.now();
      await page.fill('#tim-kiem-trang', q);
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0, undefined, { timeout: 15_000 });
      return { bytes, ms: Date.now() - start };
    };
    const cold = await measure(query);
    await page.fill('#tim-kiem-trang', '');
    // Warm: a different query on the same page, with Pagefind and its index entry points already loaded.
    const warm = await measure(QUERIES[(index + 1) % QUERIES.length] ?? query);
    console.log(`| ${query} | ${kb(cold.bytes)} | ${cold.ms} | ${kb(warm.bytes)} | ${warm.ms} |`);
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
