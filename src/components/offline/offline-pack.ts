/** The save/delete control of the offline copy (see OfflinePack.astro). */
import { OFFLINE_SAVED_AT_KEY } from '../../lib/offline-pack.ts';
import { forgetOfflinePack } from './forget.ts';
import { saveCopy } from './save-copy.ts';

const dateFormat = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/** When the copy was last refreshed; never opens (and so never creates) a cache. */
async function savedAt(): Promise<Date | undefined> {
  const stamp = await caches.match(OFFLINE_SAVED_AT_KEY);
  return stamp ? new Date(await stamp.text()) : undefined;
}

export function startOfflinePack(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-pack]');
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) return;
  // The parts below are in OfflinePack.astro's markup whenever the root is.
  const save = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
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
    await showState((await saveCopy()) ? undefined : text.failed);
    save.disabled = false;
  });
  remove.addEventListener('click', async () => {
    await forgetOfflinePack();
    await showState(text.removed);
  });
  void showState();
}
