/**
 * Builds the real site with two extra articles, a draft and one dated in the future, and checks what
 * the public gets: neither appears in pages, lists, the feed, the sitemap or search; a staff preview
 * build (SHOW_DRAFTS=1) shows both. The production build has SITE_URL: nothing in it may name localhost,
 * and its posters carry no preview mark; the preview build's posters do.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { gunzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { POSTERS } from '../../src/data/posters.ts';
import { previewMarkShare } from '../support/preview-mark.ts';

const workspace = mkdtempSync(join(tmpdir(), 'publishing-'));
after(() => rmSync(workspace, { recursive: true, force: true }));

const article = (title: string, pubDate: string, draft: boolean) => `---
title: "${title}"
description: "Bài thử nghiệm quy tắc xuất bản."
pubDate: ${pubDate}
author: "Ban biên tập"
verification: { status: unverified, reason: "Bài thử nghiệm.", howToAsk: "Không áp dụng." }
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
  buildFixtureSite(content, out, extraEnv);
  return out;
}

// The production build names its public address, as the deploy workflows do.
const PUBLIC_URL = 'https://pcmd.example.gov.vn';
let production: string | undefined;
const productionBuild = () => (production ??= buildWith({ SITE_URL: PUBLIC_URL }));

test('drafts and future-dated articles stay out of production pages, feed, sitemap and search', () => {
  const out = productionBuild();
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

test('a staff preview build with SHOW_DRAFTS=1 includes them, and without SITE_URL it marks its posters', () => {
  const out = buildWith({ SHOW_DRAFTS: '1', SITE_URL: '' });
  assert.ok(existsSync(join(out, 'tin-tuc/bai-nhap-thu/index.html')));
  assert.ok(existsSync(join(out, 'tin-tuc/bai-hen-gio-thu/index.html')));
  // Links to other sites inside an MDX body get the same rel as every other external link.
  assert.match(readFileSync(join(out, 'tin-tuc/bai-nhap-thu/index.html'), 'utf8'), /<a href="https:\/\/vanban\.chinhphu\.vn\/" rel="noopener noreferrer external">/);
  for (const paper of ['a4', 'a3']) {
    assert.ok(previewMarkShare(readFileSync(join(out, `ap-phich/${POSTERS[0]!.id}-${paper}.png`))) > 0.05, `${paper} poster lacks the preview mark`);
  }
});

test('a build with SITE_URL names localhost nowhere, not even inside compressed files, and its posters are final', () => {
  const out = productionBuild();
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    const bytes = readFileSync(path);
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
    assert.ok(!text.includes('localhost'), `${path} names localhost`);
  }
  const poster = readFileSync(join(out, `ap-phich/${POSTERS[0]!.id}-a4.png`));
  const image = PNG.sync.read(poster);
  assert.equal(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data, new URL(POSTERS[0]!.path, PUBLIC_URL).href);
  assert.equal(previewMarkShare(poster), 0);
  assert.ok(!readFileSync(join(out, 'ap-phich/index.html'), 'utf8').includes('data-preview-notice'));
});
