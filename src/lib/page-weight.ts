/** Page-weight arithmetic shared by the budget test and the benchmark script. */
import { gzipSync } from 'node:zlib';

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
