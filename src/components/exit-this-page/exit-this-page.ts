/**
 * Behaviour of the quick exit: leave on click or on Shift pressed three times within five seconds,
 * blanking the page first so nothing stays on screen on a slow connection.
 */
import { forgetOfflinePack } from '../offline/forget.ts';

const PRESSES_TO_EXIT = 3;
const WINDOW_MS = 5000;

/**
 * Every way out ends here. The neutral site replaces this page in the tab's history, so Back cannot
 * return to the page the reader fled (earlier pages of this site stay, as does the browser's history list).
 */
export function leaveSite(destination: string, overlay: HTMLElement): void {
  overlay.hidden = false;
  document.body.classList.add('is-exiting');
  // A saved offline copy would show which site this phone visited: remove it first, but never let a
  // slow browser hold the reader here.
  const leave = () => window.location.replace(destination);
  Promise.race([forgetOfflinePack(), new Promise((resolve) => setTimeout(resolve, 800))]).then(leave, leave);
}

export function startExitThisPage(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-exit-this-page] [data-exit-link]');
  const overlay = document.querySelector<HTMLElement>('[data-exit-overlay]');
  const status = document.querySelector<HTMLElement>('[data-exit-status]');
  const dots = [...document.querySelectorAll<HTMLElement>('.exit-this-page__dots span')];
  if (!link || !overlay || !status) return;
  // Strings come from the markup (src/ui/strings.ts) so the script stays small.
  const pressMore = status.dataset.pressMore ?? '';
  const expired = status.dataset.expired ?? '';
  const destination = link.href;

  let presses = 0;
  let timer: number | undefined;
  let shiftUsedAsModifier = false;

  const show = (count: number) => dots.forEach((dot, i) => dot.classList.toggle('is-pressed', i < count));

  const reset = () => {
    presses = 0;
    show(0);
    window.clearTimeout(timer);
  };

  const exit = () => leaveSite(destination, overlay);

  // Every exit link (the button and the skip link at the top) leaves the same way.
  document.querySelectorAll<HTMLAnchorElement>('[data-exit-link]').forEach((anchor) =>
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      exit();
    }),
  );

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' && event.shiftKey) shiftUsedAsModifier = true;
  });

  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    // Shift+letter while typing is not a request to leave.
    if (shiftUsedAsModifier) {
      shiftUsedAsModifier = false;
      return;
    }
    presses += 1;
    show(presses);
    window.clearTimeout(timer);
    if (presses >= PRESSES_TO_EXIT) {
      reset();
      exit();
      return;
    }
    status.textContent = pressMore.replace('{n}', String(PRESSES_TO_EXIT - presses));
    timer = window.setTimeout(() => {
      reset();
      status.textContent = expired;
    }, WINDOW_MS);
  });
}
