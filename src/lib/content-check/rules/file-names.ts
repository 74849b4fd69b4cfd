/** MDX file names become URLs, so they must already be ASCII slugs. */
import { basename } from 'node:path';
import { isSlug, slugify } from '../../fold.ts';
import type { Rule } from '../types.ts';

export const fileNames: Rule = {
  name: 'ten-tep-co-dau',
  check: (content) =>
    content.files
      .filter((file) => file.path.endsWith('.mdx'))
      .filter((file) => !isSlug(basename(file.path, '.mdx')))
      .map((file) => {
        const name = basename(file.path, '.mdx');
        return {
          file: file.rel,
          message: `Tên tệp "${name}" phải viết thường, không dấu, nối bằng dấu gạch ngang (đường dẫn trang web lấy từ tên tệp). Đổi tên thành "${slugify(name)}.mdx".`,
        };
      }),
};
