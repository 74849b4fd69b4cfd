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

/**
 * An on-device voice for a language ("vi" matches vi, vi-VN, vi_VN), the phone's default voice first.
 * Network voices are never chosen.
 */
export function pickLocalVoice<Voice extends VoiceInfo>(voices: readonly Voice[], lang = 'vi'): Voice | undefined {
  const local = voices.filter((voice) => voice.localService && new RegExp(`^${lang}([-_]|$)`, 'i').test(voice.lang));
  return local.find((voice) => voice.default) ?? local[0];
}
