/** The save/delete control of the offline copy (see OfflinePack.astro). */
import { OFFLINE_PACK } from '../../lib/offline-pack.ts';
import { forgetOfflinePack } from './forget.ts';

const dateFormat = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/** When the copy was last refreshed; never opens (and so never creates) a cache. */
async function savedAt(): Promise<Date | undefined> {
  const stamp = await caches.match(OFFLINE_PACK.savedAtKey);
  return stamp ? new Date(await stamp.text()) : undefined;
}

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
function refresh(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => (event.data === 'saved' ? resolve() : reject());
    worker.postMessage('save-again', [channel.port2]);
  });
}

export function startOfflinePack(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-pack]');
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) return;
  const save = root.querySelector<HTMLButtonElement>('[data-offline-save]');
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!save || !remove || !status) return;
  const text = root.dataset;
  const saveLabel = save.textContent ?? '';
  root.hidden = false;

  const showState = async (message?: string) => {
    const date = await savedAt();
    remove.hidden = !date;
    save.textContent = date ? (text.update ?? saveLabel) : saveLabel;
    status.textContent = message ?? (date ? (text.saved ?? '').replace('{date}', dateFormat.format(date)) : '');
  };

  save.addEventListener('click', async () => {
    save.disabled = true;
    status.textContent = text.saving ?? '';
    const existing = (await navigator.serviceWorker.getRegistration('/'))?.active;
    try {
      if (existing) await refresh(existing);
      else await whenActive(await navigator.serviceWorker.register(OFFLINE_PACK.workerUrl, { scope: '/' }));
      await showState();
    } catch {
      // A failed first save leaves nothing behind; a failed refresh keeps the copy the reader had.
      if (!existing) await forgetOfflinePack();
      await showState(text.failed);
    } finally {
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    await forgetOfflinePack();
    await showState(text.removed);
  });

  void showState();
}
