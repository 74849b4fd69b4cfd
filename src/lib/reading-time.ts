/**
 * Minutes to read a text. Vietnamese is written in syllables separated by spaces, so a "word" here is a
 * syllable; 200 syllables a minute suits readers for whom Vietnamese may be a second language.
 */
const SYLLABLES_PER_MINUTE = 200;

export function readingMinutes(text: string): number {
  const plain = text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>|[#*_`>[\]()!|-]/g, ' ');
  const syllables = plain.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return Math.max(1, Math.round(syllables / SYLLABLES_PER_MINUTE));
}
