/** Behaviour of the "Nghe" control (see Listen.astro): shown only where an on-device voice exists. */
import { pickLocalVoice } from '../../lib/speech.ts';
import { toggleReading } from './read-aloud.ts';

/** Voices load late on some phones: wait for them once, briefly. */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const voices = synth.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 3000);
  });
}

export async function startListen(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-listen]');
  if (!root || !('speechSynthesis' in window)) return;
  // The parts below are in Listen.astro's markup whenever the root is.
  const button = root.querySelector<HTMLButtonElement>('[data-listen-button]')!;
  const label = root.querySelector<HTMLElement>('[data-listen-label]')!;
  const status = root.querySelector<HTMLElement>('[data-listen-status]')!;
  const voice = pickLocalVoice(await loadVoices(window.speechSynthesis));
  if (!voice) return;
  const listenLabel = label.textContent ?? '';
  root.hidden = false;

  const show = (reading: boolean) => {
    button.setAttribute('aria-pressed', String(reading));
    label.textContent = reading ? (root.dataset.stop ?? '') : listenLabel;
    status.textContent = (reading ? root.dataset.reading : root.dataset.stopped) ?? '';
  };
  button.addEventListener('click', () => toggleReading(voice, button.getAttribute('aria-pressed') === 'true', show));
  // Leaving the page stops the voice (it would otherwise go on over the next page).
  window.addEventListener('pagehide', () => window.speechSynthesis.cancel());
}
