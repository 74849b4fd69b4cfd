/**
 * Removes every saved page and the service worker, leaving nothing of this site in the browser's
 * storage. Used by "Xóa bản đã lưu" and by the quick exit. The site stores nothing else.
 */
export async function forgetOfflinePack(): Promise<void> {
  const work: Array<Promise<unknown>> = [];
  if ('caches' in window) work.push(caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))));
  if ('serviceWorker' in navigator) {
    work.push(navigator.serviceWorker.getRegistrations().then((registrations) => Promise.all(registrations.map((r) => r.unregister()))));
  }
  await Promise.all(work);
}
