/** Native share sheet and copy-link, shown only where the browser supports them. */
export function startShareButtons(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = box.dataset.url ?? location.href;
    const title = box.dataset.title ?? document.title;
    const status = box.querySelector<HTMLElement>('[data-share-status]');
    const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
    const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => undefined); // closing the sheet is not an error
      });
    }
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(url);
          if (status) status.textContent = 'Đã sao chép liên kết. Dán vào Zalo hoặc tin nhắn để gửi.';
        } catch {
          if (status) status.textContent = 'Không sao chép được. Hãy chọn và sao chép liên kết bên dưới.';
        }
      });
    }
  }
}
