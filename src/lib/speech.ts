/**
 * Reading a page aloud with the phone's own voices. Only voices that run on the device
 * (`localService`) are ever used, so no text leaves the phone for a speech service.
 */

/** The fields of SpeechSynthesisVoice this choice reads (kept minimal so tests need no browser). */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
  default?: boolean;
}

const normaliseLang = (lang: string) => lang.trim().toLowerCase().replace(/_/g, '-');

/**
 * The best on-device voice for a language: an exact regional match (vi-VN) first, then any voice of
 * the language (vi), the system default among equals. Network voices are never chosen.
 */
export function pickLocalVoice<Voice extends VoiceInfo>(voices: readonly Voice[], lang = 'vi-VN'): Voice | undefined {
  const wanted = normaliseLang(lang);
  const base = wanted.split('-')[0] ?? wanted;
  const candidates = voices.filter((voice) => {
    if (!voice.localService) return false;
    const voiceLang = normaliseLang(voice.lang);
    return voiceLang === base || voiceLang.startsWith(`${base}-`);
  });
  const score = (voice: Voice) => (normaliseLang(voice.lang) === wanted ? 2 : 0) + (voice.default ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

/**
 * Text split into pieces a speech engine reads reliably: Chrome stops long utterances after about
 * 15 seconds, so sentences are read one by one, and an over-long sentence is cut at commas or spaces.
 */
export function speechChunks(text: string, maxLength = 220): string[] {
  const sentences = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…:;])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  const chunks: string[] = [];
  for (const sentence of sentences) {
    let rest = sentence;
    while (rest.length > maxLength) {
      const window = rest.slice(0, maxLength);
      const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf(' '));
      const at = cut > maxLength / 3 ? cut + 1 : maxLength;
      chunks.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) chunks.push(rest);
  }
  return chunks;
}
