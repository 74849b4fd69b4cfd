/** Short, stable content hash (FNV-1a, base 36): versions share-image URLs so Zalo and Facebook refresh. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** "/" → "trang-chu", "/phap-luat/bo-luat-hinh-su/" → "phap-luat/bo-luat-hinh-su". */
export function pathSlug(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed || 'trang-chu';
}
