/**
 * Files under content/ that no collection reads: an article saved as .md, put in a subfolder, or a data
 * file with a name the site does not know. Without this they are silently left off the site.
 */
import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { CONTENT_FILES, RECORDINGS_DIR } from '../../../content-layout.ts';
import { RECORDING_TYPES } from '../../../schemas/languages.ts';
import type { ContentProblem, Rule } from '../types.ts';

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

export const unreadFiles: Rule = {
  name: 'tep-khong-duoc-doc',
  check: (content) => {
    const read = new Set(content.files.map((file) => file.path));
    const dataFiles: string[] = Object.values(CONTENT_FILES).flatMap((layout) => ('file' in layout ? [layout.file] : []));
    const problems: ContentProblem[] = [];
    for (const entry of readdirSync(content.root, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      const inside = relative(content.root, path);
      if (!entry.isFile() || inside.split(sep).some((part) => part.startsWith('.')) || read.has(path)) continue;
      const extension = extname(entry.name).toLowerCase();
      if (IMAGE_EXTENSIONS.includes(extension)) continue;
      const [top = '', ...rest] = inside.split(sep);
      // Recordings are read when a page names them (rule "ghi-am").
      if (top === RECORDINGS_DIR && extension.slice(1) in RECORDING_TYPES) continue;
      const mdxDir = Object.values(CONTENT_FILES).find((layout) => 'dir' in layout && layout.dir === top) as { dir: string; pattern: string } | undefined;
      let fix: string;
      if (mdxDir && (extension === '.md' || extension === '.markdown' || extension === '.txt')) {
        fix = `Bài phải có đuôi .mdx. Đổi tên thành "${entry.name.slice(0, -extension.length)}.mdx".`;
      } else if (mdxDir && extension === '.mdx') {
        fix = `Bài trong thư mục con không được đăng. Chuyển tệp ra thẳng content/${mdxDir.dir}/ (bỏ thư mục "${rest.slice(0, -1).join('/')}").`;
      } else if (extension === '.yml' && dataFiles.includes(`${inside.slice(0, -4)}.yaml`)) {
        fix = `Đổi đuôi tệp thành .yaml: "${inside.slice(0, -4)}.yaml".`;
      } else if (extension === '.docx' || extension === '.doc' || extension === '.pdf') {
        fix = 'Website không đọc tệp Word hay PDF. Chép nội dung vào một bài .mdx (xem mục 2 của CONTRIBUTING.md).';
      } else {
        fix = `Website không đọc tệp này. Dữ liệu phải nằm trong: ${dataFiles.join(', ')}, hoặc bài .mdx trong content/articles/, content/guides/, content/materials/<nhóm>/.`;
      }
      problems.push({ file: content.rel(path), line: 1, field: 'tệp không được đọc', message: `Tệp này sẽ không lên website. ${fix}` });
    }
    return problems;
  },
};
