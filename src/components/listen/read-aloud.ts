/** Reading the page aloud when the reader presses "Nghe" (listen.ts decides whether the control shows at all). */
import { speechChunks } from '../../lib/speech-chunks.ts';

/**
 * The text of every [data-listen-text] region as the reader sees it (innerText skips hidden parts and
 * breaks lines between blocks); a line without closing punctuation gets a full stop, so each is read
 * as a sentence.
 */
function pageText(): string {
  return [...document.querySelectorAll<HTMLElement>('[data-listen-text]')]
    .map((region) => region.innerText)
    .join('\n')
    .replace(/([^\s.!?…:;])[ \t]*\n/g, '$1.\n');
}

/** Starts reading, or stops if reading; `onChange` gets whether the voice is now reading. */
export function toggleReading(voice: SpeechSynthesisVoice, reading: boolean, onChange: (reading: boolean) => void): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  if (reading) return onChange(false);
  const chunks = speechChunks(pageText());
  chunks.forEach((chunk, index) => {
    const utterance = new SpeechSynthesisUtterance(chunk);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    if (index === chunks.length - 1) utterance.addEventListener('end', () => onChange(false));
    synth.speak(utterance);
  });
  onChange(chunks.length > 0);
}
