/**
 * /sw.js: the offline copy's service worker, with its page list filled in from the content. Browsers
 * fetch it only after a reader chose to save pages (src/components/offline/).
 */
import type { APIRoute } from 'astro';
import workerSource from '../components/offline/service-worker.js?raw';
import { getGuides } from '../data/content.ts';
import { OFFLINE_CACHE, OFFLINE_NETWORK_TIMEOUT_MS, OFFLINE_SAVED_AT_KEY, offlinePackPages } from '../lib/offline-pack.ts';

export const GET: APIRoute = async () => {
  const helpGuides = await getGuides('ho-tro');
  const config = {
    cacheName: OFFLINE_CACHE,
    savedAtKey: OFFLINE_SAVED_AT_KEY,
    networkTimeoutMs: OFFLINE_NETWORK_TIMEOUT_MS,
    pages: offlinePackPages(helpGuides.map((guide) => guide.id)),
  };
  return new Response(workerSource.replace('= __CONFIG__;', `= ${JSON.stringify(config)};`), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
