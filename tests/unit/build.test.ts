/**
 * Publishing keeps the last good site: a failed build (here a content mistake, caught before Astro runs)
 * leaves the output folder untouched and says so; errors from Astro itself name the content file and line.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { explainBuildFailure } from '../../src/lib/build-errors.ts';
import { publish } from '../../src/lib/publish.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const workspace = mkdtempSync(join(tmpdir(), 'build-'));
after(() => rmSync(workspace, { recursive: true, force: true }));

function lastGoodSite(name: string): string {
  const dir = join(workspace, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'bản tốt');
  return dir;
}

test('a failed build step leaves the previous site untouched and no staging folder behind', async () => {
  const site = lastGoodSite('failed');
  const outcome = await publish(site, async (staging) => {
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'index.html'), 'dở dang');
    return { ok: false, reason: 'lỗi thử' };
  });
  assert.equal(outcome.ok, false);
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'bản tốt');
  assert.deepEqual(readdirSync(workspace).filter((name) => name.startsWith('.failed')), []);
});

test('a successful build replaces the site as a whole', async () => {
  const site = lastGoodSite('ok');
  writeFileSync(join(site, 'cu.html'), 'trang cũ');
  await publish(site, async (staging) => {
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'index.html'), 'bản mới');
    return { ok: true };
  });
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'bản mới');
  assert.ok(!existsSync(join(site, 'cu.html')), 'files of the old build are gone');
});

test('npm run build with bad content stops before Astro, lists the problem and keeps the last good dist/', () => {
  const content = join(workspace, 'cli', 'content');
  cpSync(join(FIXTURES, 'content/base'), content, { recursive: true });
  cpSync(join(FIXTURES, 'content/cases/mdx-ma-lenh'), content, { recursive: true });
  const site = lastGoodSite('cli-dist');
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], { env: { ...process.env, CONTENT_ROOT: content, OUT_DIR: site }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /✗ content\/articles\/bai-mau\.mdx:9 — dấu \{ \}/);
  assert.match(run.stderr, /Website cũ trong .* được giữ nguyên/);
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'bản tốt');
});

test('an error from Astro is explained with the content file, the line of the {expression} and the technical text', () => {
  const content = join(workspace, 'astro-error', 'content');
  cpSync(join(FIXTURES, 'content/base'), content, { recursive: true });
  writeFileSync(join(content, 'articles/bai-loi.mdx'), '---\ntitle: "Bài lỗi"\n---\n\nĐoạn một.\n\nĐoạn hai {foo.bar}.\n');
  const explained = explainBuildFailure(readFileSync(join(FIXTURES, 'build-output/mdx-expression.txt'), 'utf8'), content);
  assert.match(explained, /^✗ content\/articles\/bai-loi\.mdx:7 — lỗi khi dựng website/);
  assert.match(explained, /Xóa phần trong dấu \{ \}/);
  assert.match(explained, /chi tiết kỹ thuật:[\s\S]*foo is not defined/);
});
