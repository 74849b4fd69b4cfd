/**
 * The shipped nginx configuration (deploy/nginx/site.conf) serving the built dist/: headers, caching,
 * compression and the 404 page over plain HTTP, then pages and search in Chromium under the header CSP.
 * Skips only when no nginx is installed, and never in CI (.ci/run installs Debian's nginx).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { CACHE, SECURITY_HEADERS, headerCsp } from '../../deploy/headers.ts';
import { nginxExecutable, startNginx, type RunningNginx } from '../support/nginx.ts';
import { DESKTOP, PAGES, expect, test as base } from './fixtures.ts';

const nginx = nginxExecutable();
if (!nginx && process.env.CI) throw new Error('nginx not found, and CI must test the web server configuration: install Debian\'s "nginx" package or set NGINX_PATH.');

// One nginx per worker; every test in this file talks to it, never to the preview server.
const test = base.extend<object, { server: RunningNginx }>({
  server: [
    async ({}, use) => {
      const running = await startNginx(nginx!);
      await use(running);
      await running.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.origin),
});

test.skip(!nginx, 'nginx not found: install Debian\'s "nginx" package (or set NGINX_PATH) to test the web server configuration.');

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request (no decompression, no redirects followed) so the test sees exactly what nginx sends. */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(reply: Reply, wasm: boolean) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], name).toBe(value);
  const csp = reply.headers['content-security-policy'];
  expect(csp).toBe(headerCsp({ wasm }));
  expect(csp).toContain("frame-ancestors 'none'");
  if (wasm) expect(csp).toContain("'wasm-unsafe-eval'");
  else expect(csp).not.toContain('wasm');
}

const firstFile = (folder: string) => readdirSync(join('dist', folder)).find((name) => statSync(join('dist', folder, name)).isFile() && !name.endsWith('.gz'))!;

test('pages get every security header, a CSP without WebAssembly and no long caching', async ({ server }) => {
  for (const path of [PAGES.home, PAGES.article, PAGES.testing]) {
    const reply = await get(server.origin, path);
    expect(reply.status, path).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(reply, false);
    expect(reply.headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['permissions-policy']).toContain('geolocation=(self)');
    expect(reply.headers['permissions-policy']).toContain('camera=()');
    expect(reply.headers['cache-control']).toBe(CACHE.revalidate);
    expect(reply.headers['server']).toBe('nginx');
  }
});

test('only search gets WebAssembly, and hashed files alone are cached for good', async ({ server }) => {
  expectSecurityHeaders(await get(server.origin, PAGES.search), true);
  const worker = await get(server.origin, '/pagefind/pagefind-worker.js');
  expectSecurityHeaders(worker, true);
  expect(worker.headers['cache-control']).toBe(CACHE.revalidate);
  const fragment = await get(server.origin, `/pagefind/fragment/${firstFile('pagefind/fragment')}`);
  expect(fragment.status).toBe(200);
  expect(fragment.headers['cache-control']).toBe(CACHE.immutable);
  expectSecurityHeaders(fragment, true);
  for (const unversioned of ['/pagefind/pagefind-entry.json', '/ap-phich/truong-hoc-a4.png', '/rss.xml']) {
    expect((await get(server.origin, unversioned)).headers['cache-control'], unversioned).toBe(CACHE.revalidate);
  }
});

test('text is sent gzipped, from the copy the build compressed, and only to browsers that accept it', async ({ server }) => {
  const gzipped = await get(server.origin, PAGES.testing, { 'Accept-Encoding': 'gzip, br' });
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gzipped.headers['vary']).toContain('Accept-Encoding');
  // Byte for byte the file written at build time: nginx served it rather than compressing again.
  expect(gzipped.body.equals(readFileSync('dist/xet-nghiem-hiv/index.html.gz'))).toBe(true);
  const plain = await get(server.origin, PAGES.testing);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(readFileSync('dist/xet-nghiem-hiv/index.html'))).toBe(true);
  expect((await get(server.origin, '/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
});

test('a missing page gets the site\'s own 404 page with status 404 and the same headers', async ({ server }) => {
  const reply = await get(server.origin, '/khong-co-trang-nay/');
  expect(reply.status).toBe(404);
  expect(reply.body.toString()).toBe(readFileSync('dist/404.html', 'utf8'));
  expectSecurityHeaders(reply, false);
  expect((await get(server.origin, '/_headers')).status).toBe(404);
  const folder = await get(server.origin, '/tin-tuc');
  expect(folder.status).toBe(301);
  expect(folder.headers['location']).toBe('/tin-tuc/');
});

test.describe('in the browser, under the header CSP', () => {
  test.use(DESKTOP);

  test('pages run their scripts without a single CSP report, and search works', async ({ page, consoleErrors }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    for (const path of [PAGES.home, PAGES.lesson, PAGES.testing, PAGES.article]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    // A page script ran: the quick exit reacts to Shift.
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').filter({ hasText: 'Nhấn Shift thêm 2 lần' })).toBeAttached();
    await page.goto(`${PAGES.search}?q=him+lam`);
    await expect(page.locator('main a[href^="/xet-nghiem-hiv/"]').first()).toBeVisible({ timeout: 15_000 });
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('no page can be shown inside a frame, not even by the site itself', async ({ page }) => {
    await page.goto(PAGES.home);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // frame-ancestors 'none' refuses every framer, the site's own pages included, so one test covers all.
    await page.evaluate(
      (src) =>
        new Promise((loaded) => {
          const frame = Object.assign(document.createElement('iframe'), { src, title: 'khung' });
          frame.addEventListener('load', loaded);
          document.body.append(frame);
        }),
      PAGES.about,
    );
    expect(page.frames().map((frame) => frame.url())).toEqual([page.url(), 'chrome-error://chromewebdata/']);
  });
});
