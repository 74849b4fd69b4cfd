/** Stigmatising words, anywhere in any file, with the preferred wording (src/lib/wording.ts). */
import { findDiscouragedTerms } from '../../wording.ts';
import type { Rule } from '../types.ts';

export const wording: Rule = {
  name: 'tu-ky-thi',
  check: (content) =>
    content.files.flatMap((file) =>
      findDiscouragedTerms(file.text).map((problem) => ({
        file: file.rel,
        line: problem.line,
        field: 'cách dùng từ',
        message: `Tránh dùng "${problem.term}" vì mang tính kỳ thị. Viết "${problem.preferred}".`,
      })),
    ),
};
