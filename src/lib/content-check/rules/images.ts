/**
 * Images in article bodies: described (alt), present beside the article, named in ASCII (a name with
 * spaces is not even read as an image), and served from this site. The build resizes them and strips
 * their metadata (GPS included) through Astro's image pipeline.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { isSlug, slugify } from '../../fold.ts';
import { lineOfNode, walk } from '../mdx-tree.ts';
import type { ContentProblem, Rule } from '../types.ts';
import { IMAGE_EXTENSIONS } from './unread-files.ts';

/** Larger than this is refused: it bloats the repository and every clone, even though the site resizes it. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

const asciiName = (name: string) => `${slugify(basename(name, extname(name)))}${extname(name).toLowerCase()}`;

export const images: Rule = {
  name: 'anh-trong-bai',
  check: (content) => {
    const problems: ContentProblem[] = [];
    for (const entry of content.all()) {
      const file = entry.source.rel;
      walk(entry.tree, (node, parent) => {
        const line = lineOfNode(node);
        if (node.type === 'text' && parent?.type !== 'inlineCode') {
          // "![Ảnh](./images/Ảnh tập huấn 01.JPG)": Markdown stops at the space and prints the text as it is.
          for (const match of String(node.value ?? '').matchAll(/!\[[^\]]*\]\(([^)]*)\)/g)) {
            problems.push({ file, line, field: 'ảnh', message: `Ảnh "${match[1]}" sẽ hiện thành chữ vì tên tệp có dấu cách. Đổi tên tệp ảnh thành "${asciiName(match[1] ?? '')}" và sửa đường dẫn cho khớp.` });
          }
          return;
        }
        if (node.type !== 'image') return;
        const src = node.url ?? '';
        const add = (message: string) => problems.push({ file, line, field: 'ảnh', message });
        if (!node.alt?.trim()) add(`Ảnh "${src}" thiếu mô tả. Viết mô tả trong ngoặc vuông: ![Mô tả ảnh](${src}).`);
        if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
          if (/^https?:/i.test(src) || src.startsWith('//')) add(`Ảnh "${src}" nằm ở website khác nên không hiện được (website chỉ tải tệp của chính mình). Tải ảnh về, đặt vào thư mục images/ cạnh bài, rồi ghi ./images/ten-anh.jpg.`);
          return;
        }
        if (src.startsWith('/')) {
          add(`Ảnh "${src}" phải ghi đường dẫn tương đối từ bài viết, ví dụ ./images/ten-anh.jpg.`);
          return;
        }
        const path = resolve(dirname(entry.source.path), decodeURI(src));
        const name = basename(path);
        if (!isSlug(basename(name, extname(name))) || extname(name) !== extname(name).toLowerCase()) {
          add(`Tên ảnh "${name}" phải viết thường, không dấu, không dấu cách. Đổi tên tệp thành "${asciiName(name)}" và sửa đường dẫn cho khớp.`);
        }
        if (!IMAGE_EXTENSIONS.includes(extname(name).toLowerCase())) {
          add(`Tệp "${name}" không phải ảnh website dùng được. Lưu ảnh dạng JPEG (.jpg), PNG hoặc WebP.`);
        } else if (!existsSync(path)) {
          add(`Không tìm thấy ảnh "${src}". Đặt ảnh vào thư mục images/ cạnh bài (${content.rel(dirname(path))}/) và kiểm tra tên tệp gõ đúng từng chữ.`);
        } else if (statSync(path).size > MAX_IMAGE_BYTES) {
          add(`Ảnh "${name}" nặng ${(statSync(path).size / 1048576).toFixed(0)} MB, quá lớn. Thu nhỏ ảnh còn dưới 5 MB (ví dụ rộng 2000 điểm ảnh) rồi đặt lại.`);
        }
      });
    }
    return problems;
  },
};
