/**
 * Builds the real site from a copy of content/ that a test has changed, into a folder of its own. The
 * build keeps its content cache apart (ASTRO_CACHE_DIR), so the next real build never reuses entries
 * that point at a deleted temporary folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

export function buildFixtureSite(content: string, out: string, env: Record<string, string> = {}): void {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, CONTENT_ROOT: content, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr || run.stdout);
}
