import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSiteUrl } from '../../src/lib/site-url.ts';
import { filesNamingPreviewHost } from '../../src/integrations/site-address.ts';

test('SITE_URL is reduced to its origin', () => {
  assert.equal(parseSiteUrl('https://pcmd.example.gov.vn'), 'https://pcmd.example.gov.vn');
  assert.equal(parseSiteUrl('https://pcmd.example.gov.vn/'), 'https://pcmd.example.gov.vn');
  assert.equal(parseSiteUrl('http://10.0.0.5:8080/'), 'http://10.0.0.5:8080');
});

test('SITE_URL that would break links or QR codes is refused with the fix', () => {
  assert.throws(() => parseSiteUrl('pcmd.example.gov.vn'), /không phải là một địa chỉ web.*https:\/\//);
  assert.throws(() => parseSiteUrl('ftp://pcmd.example.gov.vn'), /phải bắt đầu bằng https:\/\//);
  // A project page on GitHub or GitLab Pages lives under a path; every link here starts at the root.
  assert.throws(() => parseSiteUrl('https://so-y-te.github.io/pcmd/'), /chỉ được là tên miền.*SITE_URL=https:\/\/so-y-te\.github\.io$/);
  assert.throws(() => parseSiteUrl('https://pcmd.example.gov.vn/?x=1'), /chỉ được là tên miền/);
});

test('the production check finds every text file that still names localhost, and only those', async () => {
  const out = mkdtempSync(join(tmpdir(), 'site-address-'));
  try {
    mkdirSync(join(out, 'tin-tuc'));
    writeFileSync(join(out, 'index.html'), '<link rel="canonical" href="https://pcmd.example.gov.vn/">');
    writeFileSync(join(out, 'tin-tuc/index.html'), '<a href="http://localhost:4321/tin-tuc/">');
    writeFileSync(join(out, 'rss.xml'), '<link>http://localhost:4321/</link>');
    writeFileSync(join(out, 'anh.png'), 'localhost'); // not text: QR codes are checked by decoding them
    assert.deepEqual(await filesNamingPreviewHost(out), ['rss.xml', join('tin-tuc', 'index.html')]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
