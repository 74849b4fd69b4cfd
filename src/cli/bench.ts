/**
 * `npm run bench` (after `npm run build`): reports page weights per page type and search cost, cold and
 * warm, in a real Chromium against `astro preview`. Numbers only; it never fails on timings.
 * `npm run bench:scale -- 1000` measures builds and search with generated articles (src/cli/bench-scale.ts).
 */
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../../tests/e2e/chromium.ts';
import { BENCH_QUERIES, dirSize, kb, pageWeight, preview, searchCosts } from './measure.ts';

const PAGES = ['/', '/tin-tuc/tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi/', '/phap-luat/bo-luat-hinh-su/', '/duong-day-nong/', '/xet-nghiem-hiv/', '/tai-lieu/hoc-sinh-sinh-vien/thu-doan-du-do/', '/tim-kiem/'];

const { baseUrl: BASE, server } = await preview();
try {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  console.log('Page weight in Chromium: everything a page fetches on load (HTML with its inlined CSS, script files and the modules they import):');
  console.log('| page | HTML raw | gzip in all | JS (raw) |\n| --- | ---: | ---: | ---: |');
  for (const path of PAGES) {
    const weight = await pageWeight(browser, BASE, path);
    console.log(`| ${path} | ${kb(weight.htmlBytes)} | ${kb(weight.gzipBytes)} | ${kb(weight.scriptBytes)} |`);
  }

  const index = dirSize('dist/pagefind');
  console.log(`\nSearch index (dist/pagefind): ${kb(index.bytes)} in ${index.files} files`);
  console.log('\n| first query (cold) | gzip bytes | ms to first results | next query (warm) gzip bytes | ms |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [i, query] of BENCH_QUERIES.entries()) {
    const { cold, warm } = await searchCosts(browser, BASE, query, BENCH_QUERIES[(i + 1) % BENCH_QUERIES.length] ?? query);
    console.log(`| ${query} | ${kb(cold.gzipBytes)} | ${cold.ms} | ${kb(warm.gzipBytes)} | ${warm.ms} |`);
  }
  await browser.close();
} finally {
  server.kill();
}
