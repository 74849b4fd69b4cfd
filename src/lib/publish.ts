/**
 * Atomic publishing: the site is built into a fresh folder next to the output folder, and only a build
 * that finished every step replaces it. A failed build removes its own folder and nothing else.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface Outcome {
  ok: boolean;
  /** Vietnamese lines explaining the failure. */
  reason?: string;
}

/**
 * A fresh, empty folder beside `target`, on the same disk so the final rename is instant and atomic.
 * Leftovers of a build that was killed halfway are removed first.
 */
export function stagingDir(target: string): string {
  const parent = dirname(resolve(target));
  const prefix = `.${basename(target)}-dang-dung-`;
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (name.startsWith(prefix)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  return join(parent, `${prefix}${process.pid}`);
}

/** Builds into a staging folder with `build`, then swaps it in for `target` only when `build` succeeded. */
export async function publish(target: string, build: (dir: string) => Promise<Outcome>): Promise<Outcome> {
  const staging = stagingDir(target);
  let outcome: Outcome;
  try {
    outcome = await build(staging);
  } catch (error) {
    outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!outcome.ok) {
    rmSync(staging, { recursive: true, force: true });
    return outcome;
  }
  const previous = `${staging}-cu`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  return outcome;
}

/** What a complete site must contain: home page, search index, and the home page's own share image. */
export function missingOutput(dir: string): string[] {
  const missing: string[] = [];
  const home = join(dir, 'index.html');
  if (!existsSync(home)) return ['trang chủ (index.html)'];
  if (!existsSync(join(dir, 'pagefind/pagefind.js'))) missing.push('chỉ mục tìm kiếm (pagefind/)');
  const image = /<meta property="og:image" content="([^"]*)"/.exec(readFileSync(home, 'utf8'))?.[1];
  const imagePath = image && URL.canParse(image) ? new URL(image).pathname : undefined;
  if (!imagePath || !existsSync(join(dir, imagePath))) missing.push(`ảnh chia sẻ (${imagePath ?? 'og:image'})`);
  return missing;
}
