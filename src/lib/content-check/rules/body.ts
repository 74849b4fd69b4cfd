/** A page about to be published must have a body, and none of the placeholder text `npm run new` writes. */
import { PLACEHOLDERS } from '../../article-template.ts';
import type { ContentProblem, Rule } from '../types.ts';

export const body: Rule = {
  name: 'than-bai',
  check: (content) => {
    const problems: ContentProblem[] = [];
    for (const entry of content.all()) {
      if (entry.body === undefined || entry.data.draft === true) continue;
      const file = entry.source.rel;
      if (!entry.body.trim()) {
        problems.push({ file, line: entry.bodyLine, field: 'thân bài', message: 'Bài chưa có nội dung. Viết nội dung bên dưới dòng "---" thứ hai, hoặc để "draft: true" cho đến khi viết xong.' });
      }
      const placeholderLine = entry.body.split('\n').findIndex((line) => line.includes(PLACEHOLDERS.body));
      if (placeholderLine >= 0) {
        problems.push({ file, line: (entry.bodyLine ?? 1) + placeholderLine, field: 'thân bài', message: `Bài vẫn còn câu mẫu "${PLACEHOLDERS.body}". Thay bằng nội dung thật, hoặc để "draft: true" cho đến khi viết xong.` });
      }
      if (entry.data.description === PLACEHOLDERS.description) {
        problems.push({ file, line: content.lineOf(entry, ['description']), field: 'trường "description"', message: 'Mô tả ngắn vẫn là câu mẫu. Viết một câu tóm tắt bài, hoặc để "draft: true" cho đến khi viết xong.' });
      }
    }
    return problems;
  },
};
