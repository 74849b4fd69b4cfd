import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { headersFile } from '../../deploy/headers-file.ts';
import { CACHE, headerCsp, ruleFor } from '../../deploy/headers.ts';
import { NGINX_CONFIG_PATH, nginxConfig } from '../../deploy/nginx-config.ts';
import { metaCspProblem } from '../../src/integrations/static-host-files.ts';

test('the committed nginx configuration is what deploy/headers.ts generates (npm run deploy:nginx)', () => {
  assert.equal(readFileSync(NGINX_CONFIG_PATH, 'utf8'), nginxConfig());
});

test('WebAssembly only where search runs; immutable caching only for hashed folders', () => {
  for (const path of ['/', '/tin-tuc/bai/', '/ap-phich/truong-hoc-a4.png', '/tim-kiem-khac/']) {
    assert.ok(!ruleFor(path).headers['Content-Security-Policy']!.includes('wasm'), path);
    assert.equal(ruleFor(path).headers['Cache-Control'], CACHE.revalidate, path);
  }
  for (const path of ['/tim-kiem/', '/pagefind/pagefind-worker.js', '/pagefind/fragment/vi_1.pf_fragment']) {
    assert.ok(ruleFor(path).headers['Content-Security-Policy']!.includes("'wasm-unsafe-eval'"), path);
  }
  for (const path of ['/_astro/index.abc123.js', '/pagefind/index/vi_1.pf_index']) assert.equal(ruleFor(path).headers['Cache-Control'], CACHE.immutable, path);
  assert.equal(ruleFor('/pagefind/pagefind-entry.json').headers['Cache-Control'], CACHE.revalidate);
});

test('_headers never repeats a header across rules, since those hosts add matching rules together', () => {
  const blocks = headersFile().split(/\n(?=\/)/).filter((block) => block.startsWith('/'));
  const names = (block: string) => block.split('\n').slice(1).map((line) => line.trim().split(':')[0]);
  const [everywhere, ...folders] = blocks;
  assert.ok(everywhere!.startsWith('/*\n'));
  assert.ok(folders.length > 0);
  for (const folder of folders) assert.deepEqual(names(folder).filter((name) => names(everywhere!).includes(name)), [], folder);
  assert.ok(headersFile().includes(`  Content-Security-Policy: ${headerCsp({ wasm: true })}\n`));
  assert.match(headersFile(), /^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
});

test('a page is refused when the header policy would let its inline code run unchecked', () => {
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
  assert.equal(metaCspProblem(`<head>${meta}</head><script type="module">x()</script>`), undefined);
  assert.equal(metaCspProblem('<head></head><p>no policy</p>'), 'không có thẻ <meta> Content-Security-Policy');
  assert.match(metaCspProblem(`<head><script>early()</script>${meta}</head>`) ?? '', /trước thẻ <meta>/);
  const noHashes = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;
  assert.match(metaCspProblem(`<head>${noHashes}</head><script>x()</script>`) ?? '', /mã băm/);
});
