/**
 * Titles and descriptions short enough for search results, link previews in Zalo and Facebook, and the
 * 1200×630 share image (which shrinks long titles and cuts descriptions after about 150 characters).
 */
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../../schemas/articles.ts';
import type { ContentProblem, Rule } from '../types.ts';

export const LIMITS = { title: TITLE_MAX_LENGTH, description: DESCRIPTION_MAX_LENGTH } as const;

export const lengths: Rule = {
  name: 'do-dai',
  check: (content) => {
    const problems: ContentProblem[] = [];
    for (const entry of content.all()) {
      if (entry.body === undefined) continue;
      for (const [field, max] of Object.entries(LIMITS)) {
        const value = entry.data[field];
        if (typeof value !== 'string' || value.trim().length <= max) continue;
        problems.push({
          file: entry.source.rel,
          line: content.lineOf(entry, [field]),
          field: `trường "${field}"`,
          message: `${field === 'title' ? 'Tiêu đề' : 'Mô tả ngắn'} dài ${value.trim().length} ký tự, tối đa ${max}. Viết gọn lại: máy tìm kiếm và ảnh chia sẻ sẽ cắt bớt phần dài hơn.`,
        });
      }
    }
    return problems;
  },
};
