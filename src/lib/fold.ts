/**
 * Vietnamese text folding: what lets "dien bien" find "Điện Biên" and turns titles into ASCII URLs.
 * Unicode has no decomposition for đ/Đ, so NFD + mark stripping alone leaves them; we map them by hand.
 */

/** Canonical composed form, so "ệ" typed in two ways compares equal. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Removes tone and vowel marks and maps đ→d, keeping case and everything else. */
export function removeMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case, mark-free form used to compare what people type with what we publish. */
export function fold(text: string): string {
  return removeMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** ASCII, lower-case, hyphen-separated slug: "Đường dây nóng 111" → "duong-day-nong-111". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when a slug is already in the form slugify() produces. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/**
 * The distinct folded words of a text that folding changes (those with marks or đ), plus nothing else.
 * Pagefind already folds tone marks but not đ; indexing these words lets "duong" find "đường".
 */
export function foldedVariants(text: string): string[] {
  const seen = new Set<string>();
  for (const word of nfc(text).toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.includes('đ')) seen.add(fold(word));
  }
  return [...seen];
}
