/*
 * The offline copy's service worker. It exists only after a reader pressed "Lưu để đọc khi mất sóng".
 * It saves a fixed list of pages (and the scripts and styles they use), answers those pages from the
 * network when there is signal (refreshing the copy) and from the copy when there is none. Every other
 * request passes through untouched. Nothing is sent anywhere; there is no other origin to send to.
 * Its settings and page list are filled in at build time (src/pages/sw.js.ts).
 */
const { cacheName, savedAtKey, networkTimeoutMs, pages } = __CONFIG__;
const PAGES = new Set(pages);
const isAsset = (path) => path.startsWith('/_astro/');

async function stampSavedAt(cache) {
  await cache.put(savedAtKey, new Response(new Date().toISOString(), { headers: { 'content-type': 'text/plain' } }));
}

/** Scripts import their shared chunks by relative path: follow them so every import works offline. */
async function saveAssets(cache, queue) {
  const seen = new Set();
  while (queue.length > 0) {
    const path = queue.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    if (path.endsWith('.js')) {
      const code = await response.clone().text();
      // Static and on-demand imports alike ("./x.js" or `./x.js`), so a button pressed offline still works.
      for (const match of code.matchAll(/["'`](\.\.?\/[^"'`]+\.js)["'`]/g)) queue.push(new URL(match[1], new URL(path, self.location.origin)).pathname);
    }
    await cache.put(path, response);
  }
}

async function savePack() {
  const cache = await caches.open(cacheName);
  const assets = [];
  for (const page of pages) {
    const response = await fetch(page, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${page}: ${response.status}`);
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      const html = await response.clone().text();
      // Scripts and styles the page names, in attributes and in inline scripts' imports. Fonts are left
      // out: the saved pages are Vietnamese, and the Tai Viet font is only for translated pages.
      for (const match of html.matchAll(/["'`(](\/_astro\/[^"'`)\s]+)/g)) if (!/\.woff2?$/.test(match[1])) assets.push(match[1]);
    }
    await cache.put(page, response);
  }
  await saveAssets(cache, assets);
  await stampSavedAt(cache);
}

self.addEventListener('install', (event) => {
  // A failed save leaves nothing half-saved behind.
  event.waitUntil(savePack().then(() => self.skipWaiting(), (error) => caches.delete(cacheName).then(() => Promise.reject(error))));
});

// "Lưu lại bản mới" on a phone that already holds a copy: save every page again, keep the old copy if that fails.
self.addEventListener('message', (event) => {
  if (event.data !== 'save-again') return;
  const [port] = event.ports;
  event.waitUntil(savePack().then(() => port?.postMessage('saved'), () => port?.postMessage('failed')));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function answer(event, key) {
  // After "Xóa bản đã lưu" this worker may still run until the page closes: never recreate the copy.
  if (!(await caches.has(cacheName))) return fetch(event.request);
  const cache = await caches.open(cacheName);
  const fromNetwork = fetch(event.request).then(async (response) => {
    if (response.ok && PAGES.has(key) && (await caches.has(cacheName))) {
      await cache.put(key, response.clone());
      await stampSavedAt(cache);
    }
    return response;
  });
  event.waitUntil(fromNetwork.catch(() => undefined));
  const saved = await cache.match(key);
  if (!saved) return fromNetwork;
  // Slow signal: give the saved copy after a few seconds; the network answer still refreshes it.
  const timeout = new Promise((resolve) => setTimeout(() => resolve(saved), networkTimeoutMs));
  return Promise.race([fromNetwork.catch(() => saved), timeout]);
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!PAGES.has(url.pathname) && !isAsset(url.pathname)) return;
  event.respondWith(answer(event, url.pathname));
});
