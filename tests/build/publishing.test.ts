/**
 * Builds the real site with two extra articles, a draft and one dated in the future, and checks what
 * the public gets: neither appears in pages, lists, the feed, the sitemap or search; a staff preview
 * build (SHOW_DRAFTS=1) shows both.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const workspace = mkdtempSync(join(tmpdir(), 'publishing-'));
after(() => rmSync(workspace, { recursive: true, force: true }));

const article = (title: string, pubDate: string, draft: boolean) => `---
title: "${title}"
description: "Bài thử nghiệm quy tắc xuất bản."
pubDate: ${pubDate}
author: "Ban biên tập"
draft: ${draft}
---

Nội dung thử nghiệm, dẫn tới [văn bản gốc](https://vanban.chinhphu.vn/).
`;

function buildWith(extraEnv: Record<string, string>): string {
  const content = join(workspace, `content-${Object.keys(extraEnv).join('-') || 'prod'}`);
  const out = `${content}-dist`;
  cpSync('content', content, { recursive: true });
  writeFileSync(join(content, 'articles/bai-nhap-thu.mdx'), article('Bài nháp thử nghiệm', '2026-01-01', true));
  writeFileSync(join(content, 'articles/bai-hen-gio-thu.mdx'), article('Bài hẹn giờ thử nghiệm', '2099-01-01', false));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, CONTENT_ROOT: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr || run.stdout);
  return out;
}

test('drafts and future-dated articles stay out of production pages, feed, sitemap and search', () => {
  const out = buildWith({});
  for (const slug of ['bai-nhap-thu', 'bai-hen-gio-thu']) {
    assert.ok(!existsSync(join(out, 'tin-tuc', slug)), `${slug} page was published`);
  }
  for (const file of ['tin-tuc/index.html', 'rss.xml', 'sitemap-0.xml', 'index.html']) {
    const text = readFileSync(join(out, file), 'utf8');
    assert.ok(!text.includes('bai-nhap-thu') && !text.includes('bai-hen-gio-thu'), `${file} lists an unpublished article`);
  }
  // A published article is there, so the checks above are not passing on an empty site.
  assert.ok(readFileSync(join(out, 'rss.xml'), 'utf8').includes('/tin-tuc/tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi/'));
});

test('a staff preview build with SHOW_DRAFTS=1 includes them', () => {
  const out = buildWith({ SHOW_DRAFTS: '1' });
  assert.ok(existsSync(join(out, 'tin-tuc/bai-nhap-thu/index.html')));
  assert.ok(existsSync(join(out, 'tin-tuc/bai-hen-gio-thu/index.html')));
  // Links to other sites inside an MDX body get the same rel as every other external link.
  assert.match(readFileSync(join(out, 'tin-tuc/bai-nhap-thu/index.html'), 'utf8'), /<a href="https:\/\/vanban\.chinhphu\.vn\/" rel="noopener noreferrer external">/);
});
