/** Which articles the public may see: drafts and future-dated pieces stay out of production. */

export interface Publishable {
  draft: boolean;
  pubDate: Date;
}

export function isPublished(entry: Publishable, now: Date, includeUnpublished = false): boolean {
  if (includeUnpublished) return true;
  return !entry.draft && entry.pubDate.getTime() <= now.getTime();
}

/** Newest first, the order of the news list and the feed. */
export function byNewest<T extends { pubDate: Date }>(a: T, b: T): number {
  return b.pubDate.getTime() - a.pubDate.getTime();
}
