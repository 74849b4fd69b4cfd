/**
 * Saving the offline copy when the reader presses "Lưu để đọc khi mất sóng". A first save registers the
 * worker, which saves every page before it activates; a later one asks it to save again.
 */
import { OFFLINE_WORKER_URL } from '../../lib/offline-pack.ts';
import { forgetOfflinePack } from './forget.ts';

/** Resolves once the worker has saved every page (it activates only after a complete save). */
function whenActive(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker || worker.state === 'activated') return resolve();
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject();
    });
  });
}

/** Asks a worker that already holds a copy to save every page again. */
function saveAgain(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => (event.data === 'saved' ? resolve() : reject());
    worker.postMessage('save-again', [channel.port2]);
  });
}

/** True when every page was saved. A failed first save leaves nothing behind; a failed refresh keeps the old copy. */
export async function saveCopy(): Promise<boolean> {
  const existing = (await navigator.serviceWorker.getRegistration('/'))?.active;
  try {
    if (existing) await saveAgain(existing);
    else await whenActive(await navigator.serviceWorker.register(OFFLINE_WORKER_URL, { scope: '/' }));
    return true;
  } catch {
    if (!existing) await forgetOfflinePack();
    return false;
  }
}
