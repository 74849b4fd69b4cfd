/** Measuring helpers shared by `npm run bench` and `npm run bench:scale`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { freePort } from '../../tests/support/free-port.ts';
import { gzipSize, weighPageLoad, type PageWeight } from '../lib/page-weight.ts';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** `astro preview` of a built site on a free port; `env` may point OUT_DIR elsewhere. */
export async function preview(env: NodeJS.ProcessEnv = process.env): Promise<{ baseUrl: string; server: ChildProcess }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', env });
  for (let i = 0; i < 100; i++) {
    if (await fetch(baseUrl).then((r) => r.ok).catch(() => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, server };
}

export interface SearchCost {
  gzipBytes: number;
  rawBytes: number;
  ms: number;
}

/**
 * What a reader downloads for a search: every request under /pagefind/ until the first results are on
 * screen, counted as a host that gzips would send it (Pagefind's index files are already compressed; its
 * JavaScript and JSON are not).
 */
/** What a page really costs a reader, in a fresh browser context (nothing cached). */
export async function pageWeight(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    return await weighPageLoad(await context.newPage(), `${baseUrl}${path}`);
  } finally {
    await context.close();
  }
}

export const BENCH_QUERIES = ['duong day nong', 'xet nghiem hiv', 'him lam'];

/** A first search in a fresh browser context, then a different one on the same page (engine already loaded). */
export async function searchCosts(browser: Browser, baseUrl: string, first: string, next: string): Promise<{ cold: SearchCost; warm: SearchCost }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  let raw = 0;
  let gzip = 0;
  page.on('response', (response) => {
    if (!response.url().includes('/pagefind/')) return;
    pending.push(
      response
        .body()
        .then((body) => {
          raw += body.length;
          gzip += Math.min(body.length, gzipSize(body));
        })
        .catch(() => undefined),
    );
  });
  await page.goto(`${baseUrl}/tim-kiem/`);
  const measure = async (query: string): Promise<SearchCost> => {
    raw = 0;
    gzip = 0;
    pending.length = 0;
    const start = Date.now();
    await page.fill('#tim-kiem-trang', query);
    await page.locator('[data-search-status]').filter({ hasText: `“${query}”` }).waitFor({ timeout: 30_000 });
    await page.locator('[data-search-results][aria-busy="false"] > li:not([hidden])').first().waitFor({ timeout: 30_000 });
    const ms = Date.now() - start;
    await Promise.all(pending);
    return { gzipBytes: gzip, rawBytes: raw, ms };
  };
  const cold = await measure(first);
  const warm = await measure(next);
  await context.close();
  return { cold, warm };
}
