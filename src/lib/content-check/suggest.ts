/** "Did you mean …?" for ids typed by hand: the closest known id, or the id of a matching name. */
import { fold, slugify } from '../fold.ts';

export function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/**
 * The known id closest to what was typed, when close enough to be a slip (a third of its length), or
 * whose name matches once tone marks are removed ("Điện Biên Phủ" → "dien-bien-phu").
 */
export function suggest(typed: string, known: Array<{ id: string; names?: string[] }>): string | undefined {
  const slug = slugify(typed);
  const byName = known.find((item) => item.id === slug || item.names?.some((name) => fold(name) === fold(typed) || slugify(name) === slug));
  if (byName) return byName.id;
  return nearest(slug, known.map((item) => item.id));
}

/** The candidate nearest to what was typed, when close enough to be a slip: a third of its length, at least 2. */
export function nearest(typed: string, candidates: string[]): string | undefined {
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const cost = distance(typed, candidate);
    if (!best || cost < best.cost) best = { candidate, cost };
  }
  return best && best.cost <= Math.max(2, Math.floor(typed.length / 3)) ? best.candidate : undefined;
}

export const didYouMean = (id: string | undefined) => (id ? ` Bạn có muốn dùng "${id}"?` : '');
