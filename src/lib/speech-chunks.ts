/**
 * Text split into pieces a speech engine reads reliably: sentence by sentence, and a sentence longer
 * than `maxLength` (some engines stop after about 15 seconds) cut between words.
 */
export function speechChunks(text: string, maxLength = 220): string[] {
  // Up to maxLength characters, starting at a word and ending before a space or the end.
  const piece = new RegExp(`\\S.{0,${maxLength - 1}}(?=\\s|$)`, 'gu');
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…:;])\s+/)
    .flatMap((sentence) => sentence.match(piece) ?? []);
}
