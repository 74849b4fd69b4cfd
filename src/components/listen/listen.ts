/** Behaviour of the "Nghe" control (see Listen.astro). */
import { pickLocalVoice, speechChunks } from '../../lib/speech.ts';

const READABLE = 'h1,h2,h3,h4,p,li,th,td,dt,dd,summary,figcaption,blockquote';

/** The text of every [data-listen-text] region, one block at a time, each ending like a sentence. */
function pageText(): string {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-listen-text]')].flatMap((region) =>
    region.matches(READABLE) ? [region] : [...region.querySelectorAll<HTMLElement>(READABLE)],
  );
  return blocks
    .filter((block) => !block.querySelector(READABLE) && !block.closest('[hidden]'))
    .map((block) => (block.textContent ?? '').trim())
    .filter(Boolean)
    .map((line) => (/[.!?…:;]$/.test(line) ? line : `${line}.`))
    .join(' ');
}

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
  const button = root?.querySelector<HTMLButtonElement>('[data-listen-button]');
  const label = root?.querySelector<HTMLElement>('[data-listen-label]');
  const status = root?.querySelector<HTMLElement>('[data-listen-status]');
  if (!root || !button || !label || !status || !('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  const voice = pickLocalVoice(await loadVoices(synth));
  if (!voice) return;
  const listenLabel = label.textContent ?? '';
  root.hidden = false;

  const setReading = (reading: boolean) => {
    button.setAttribute('aria-pressed', String(reading));
    label.textContent = reading ? (root.dataset.stop ?? '') : listenLabel;
    status.textContent = (reading ? root.dataset.reading : root.dataset.stopped) ?? '';
  };

  button.addEventListener('click', () => {
    if (button.getAttribute('aria-pressed') === 'true') {
      synth.cancel();
      setReading(false);
      return;
    }
    synth.cancel();
    const chunks = speechChunks(pageText());
    chunks.forEach((chunk, index) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      if (index === chunks.length - 1) utterance.addEventListener('end', () => setReading(false));
      synth.speak(utterance);
    });
    setReading(chunks.length > 0);
  });

  // Leaving the page stops the voice (it would otherwise go on over the next page).
  window.addEventListener('pagehide', () => synth.cancel());
}
