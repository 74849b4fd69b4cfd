/**
 * Every id once per collection and every page address once on the site. A guide's "slug:" field, a
 * duplicated id or a file named like a fixed page would otherwise make one page silently replace another.
 */
import { join } from 'node:path';
import { AUDIENCES } from '../../../schemas/common.ts';
import { articleUrl, guideUrl, lessonSlug, materialUrl, mythUrl, ROUTES, siteUrl, translationUrl } from '../../routes.ts';
import type { Collection, ContentProblem, Entry, Rule } from '../types.ts';

/** Fixed pages whose text lives in content/guides/: these guides own the fixed page's address. */
export const REQUIRED_GUIDES = ['ke-hoach-2026', 'an-toan-khi-truy-cap', 'xet-nghiem-hiv'];
/** Fixed pages (src/pages/) whose text is a guide of the same name: these guides own their address. */
const FIXED_PAGE_GUIDES = [...REQUIRED_GUIDES, 'danh-cho-can-bo', 'so-lieu-tiep-can'];

/** The public address of an entry, for collections that have one page per entry. */
export function entryUrl(entry: Entry): string | undefined {
  const { data, id } = entry;
  switch (entry.collection) {
    case 'articles':
      return articleUrl(id);
    case 'guides':
      return guideUrl(String(data.section), id);
    case 'materials':
      return AUDIENCES.includes(data.audience as never) ? materialUrl(data.audience as (typeof AUDIENCES)[number], id) : undefined;
    case 'myths':
      return mythUrl(id);
    case 'sites':
      return siteUrl(id);
    case 'translations':
      return translationUrl(id);
    default:
      return undefined;
  }
}

const slugLine = (entry: Entry, content: Parameters<Rule['check']>[0]) => content.lineOf(entry, typeof entry.data.slug === 'string' ? ['slug'] : ['id']);

export const uniqueUrls: Rule = {
  name: 'trung-dia-chi',
  check: (content) => {
    const problems: ContentProblem[] = [];
    const byCollection = new Map<Collection, Map<string, Entry>>();
    for (const entry of content.all()) {
      // Lessons are routed by their file name alone, so two audiences must not share one.
      const key = entry.collection === 'materials' ? lessonSlug(entry.id) : entry.id;
      const seen = byCollection.get(entry.collection) ?? new Map<string, Entry>();
      byCollection.set(entry.collection, seen);
      const first = seen.get(key);
      if (!first || !key) {
        seen.set(key, entry);
        continue;
      }
      const takeover = typeof entry.data.slug === 'string' && entry.data.slug !== undefined;
      problems.push({
        file: entry.source.rel,
        line: slugLine(entry, content),
        field: takeover ? 'trường "slug"' : 'id',
        message: takeover
          ? `Trường slug "${key}" trùng với ${first.source.rel}: trang đó sẽ biến mất khỏi website. Xóa dòng "slug:" (địa chỉ trang lấy từ tên tệp).`
          : `Mã "${key}" đã được dùng ở ${first.source.rel}. Mỗi bài, mỗi bản ghi cần một mã (id, tên tệp) riêng; hãy đổi một trong hai.`,
      });
    }

    const fixed = new Map<string, string>(Object.entries(ROUTES).map(([name, url]) => [url, name]));
    const owners = new Map<string, Entry>();
    for (const entry of content.all()) {
      const url = entryUrl(entry);
      if (!url) continue;
      const ownsFixedPage = entry.collection === 'guides' && FIXED_PAGE_GUIDES.includes(entry.id);
      const other = owners.get(url);
      if (fixed.has(url) && !ownsFixedPage) {
        problems.push({
          file: entry.source.rel,
          line: slugLine(entry, content),
          field: 'địa chỉ trang',
          message: `Địa chỉ "${url}" là của một trang cố định của website; trang này sẽ đè lên trang đó. Đổi tên tệp${typeof entry.data.slug === 'string' ? ' hoặc xóa dòng "slug:"' : ''}.`,
        });
      } else if (other && other.collection !== entry.collection) {
        problems.push({
          file: entry.source.rel,
          line: slugLine(entry, content),
          field: 'địa chỉ trang',
          message: `Địa chỉ "${url}" đã thuộc về ${other.source.rel}. Đổi tên tệp hoặc mã cho khác.`,
        });
      }
      owners.set(url, entry);
    }

    for (const id of REQUIRED_GUIDES) {
      if (!content.entries('guides').some((entry) => entry.id === id)) {
        problems.push({ file: content.rel(join(content.root, 'guides')), message: `Thiếu trang bắt buộc content/guides/${id}.mdx. Khôi phục tệp này (xem lịch sử git).` });
      }
    }
    return problems;
  },
};
