/** Page-weight arithmetic and measuring, shared by the budget tests and the benchmark script. */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** What we hold every text page to (see README, "Performance budgets"). */
export const BUDGET = { pageGzipBytes: 25 * 1024, scriptBytes: 5 * 1024 } as const;

export const gzipSize = (body: string | Uint8Array) => gzipSync(body, { level: 9 }).length;

/** Bytes of JavaScript written into the page itself (script files are counted by who fetches them). */
export function inlineScriptBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    total += Buffer.byteLength(match[1] ?? '');
  }
  return total;
}

export interface PageWeight {
  /** Paths of everything fetched on load. */
  paths: string[];
  htmlBytes: number;
  /** Everything fetched on load (HTML, script files and the modules they import, icons), gzip. */
  gzipBytes: number;
  /** JavaScript, raw: inline scripts plus every script file fetched, imported modules included. */
  scriptBytes: number;
}

/** What loading a page costs a reader, as Chromium fetches it: until the network is quiet. */
export async function weighPageLoad(page: Page, url: string): Promise<PageWeight> {
  const bodies: Array<Promise<{ path: string; type: string; body: Buffer }>> = [];
  page.on('response', (response) => {
    const fetched = { path: new URL(response.url()).pathname, type: response.request().resourceType() };
    bodies.push(response.body().then((body) => ({ ...fetched, body }), () => ({ ...fetched, body: Buffer.alloc(0) })));
  });
  const response = await page.goto(url);
  await page.waitForLoadState('networkidle');
  const html = (await response?.text()) ?? '';
  const loaded = await Promise.all(bodies);
  return {
    paths: loaded.map(({ path }) => path),
    htmlBytes: Buffer.byteLength(html),
    gzipBytes: loaded.reduce((sum, { body }) => sum + gzipSize(body), 0),
    scriptBytes: inlineScriptBytes(html) + loaded.filter(({ type }) => type === 'script').reduce((sum, { body }) => sum + body.length, 0),
  };
}
