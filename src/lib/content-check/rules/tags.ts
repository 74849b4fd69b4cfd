/** A tag one slip away from an existing one would open a second topic page; ask which was meant. */
import { slugify } from '../../fold.ts';
import { distance } from '../suggest.ts';
import type { ContentProblem, Entry, Rule } from '../types.ts';

export const tags: Rule = {
  name: 'chu-de-gan-giong',
  check: (content) => {
    const uses = new Map<string, Array<{ entry: Entry; index: number; name: string }>>();
    for (const entry of content.entries('articles')) {
      if (!Array.isArray(entry.data.tags)) continue;
      entry.data.tags.forEach((tag, index) => {
        const slug = slugify(String(tag));
        uses.set(slug, [...(uses.get(slug) ?? []), { entry, index, name: String(tag) }]);
      });
    }
    const problems: ContentProblem[] = [];
    const slugs = [...uses.keys()];
    for (const slug of slugs) {
      const mine = uses.get(slug) ?? [];
      for (const other of slugs) {
        const theirs = uses.get(other) ?? [];
        const close = slug !== other && Math.min(slug.length, other.length) >= 4 && distance(slug, other) <= (slug.length >= 10 ? 2 : 1);
        // Blame the rarer spelling (on a tie, the one that sorts later), so only one side is reported.
        if (!close || mine.length > theirs.length || (mine.length === theirs.length && slug < other)) continue;
        for (const { entry, index, name } of mine) {
          problems.push({
            file: entry.source.rel,
            line: content.lineOf(entry, ['tags', index]),
            field: 'trường "tags"',
            message: `Chủ đề "${name}" gần giống chủ đề "${theirs[0]?.name}" đã dùng ở ${theirs.length} bài. Bạn có muốn dùng "${theirs[0]?.name}"? Hai cách viết sẽ tạo hai trang chủ đề riêng.`,
          });
        }
      }
    }
    return problems;
  },
};
