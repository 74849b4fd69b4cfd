/**
 * content/search-keywords.yaml names pages by their address: each must be a page the site builds and
 * search indexes, and a word listed for two pages is reported, because then neither page wins it.
 */
import { PAGE_PATH_PATTERN } from '../../../schemas/search.ts';
import { fold } from '../../fold.ts';
import { mythUrl, ROUTES } from '../../routes.ts';
import { didYouMean, nearest } from '../suggest.ts';
import { fieldLabel, type ContentProblem, type Rule } from '../types.ts';
import { sitePages } from './links.ts';

export const searchKeywords: Rule = {
  name: 'tu-khoa-tim-kiem',
  check: (content) => {
    const records = content.entries('searchKeywords');
    if (records.length === 0) return [];
    // Pages kept out of the search index (the search page, each myth's own page): words for them could never work.
    const unsearched = new Set<string>([ROUTES.search, ROUTES.rss, ...content.entries('myths').map((entry) => mythUrl(entry.id))]);
    const pages = [...sitePages(content).keys()].filter((path) => !unsearched.has(path));
    const known = new Set(pages);
    const problems: ContentProblem[] = [];
    const firstPageOf = new Map<string, string>();
    for (const record of records) {
      // A path not written as a path is the schema's to explain; one message per mistake.
      if (PAGE_PATH_PATTERN.test(record.id) && !known.has(record.id)) {
        problems.push({
          file: record.source.rel,
          line: content.lineOf(record, ['id']),
          field: fieldLabel(record, 'id'),
          message: `Không có trang "${record.id}" trong tìm kiếm của website. Ghi đường dẫn trang như trên thanh địa chỉ, ví dụ /duong-day-nong/.${didYouMean(nearest(record.id, pages))}`,
        });
      }
      const keywords = Array.isArray(record.data.keywords) ? record.data.keywords : [];
      keywords.forEach((keyword, index) => {
        if (typeof keyword !== 'string') return;
        const key = fold(keyword);
        const other = firstPageOf.get(key);
        if (other === undefined) firstPageOf.set(key, record.id);
        else if (other !== record.id) {
          problems.push({
            file: record.source.rel,
            line: content.lineOf(record, ['keywords', index]),
            field: fieldLabel(record, `keywords`),
            message: `Từ khóa "${keyword}" đã ghi cho trang ${other}. Một từ chỉ nên ghi cho một trang, trang trả lời nó rõ nhất; ghi cho hai trang thì không trang nào được ưu tiên.`,
            severity: 'warning',
          });
        }
      });
    }
    return problems;
  },
};
