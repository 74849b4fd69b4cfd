/**
 * `npm run new -- bai-viet "Tiêu đề tiếng Việt"` writes a new article draft with a correct ASCII file
 * name, today's date and every required field, ready to fill in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES, CONTENT_ROOT } from '../content-layout.ts';
import { articleTemplate } from '../lib/article-template.ts';
import { isoDay } from '../lib/dates.ts';
import { nfc, slugify } from '../lib/fold.ts';

const KINDS = { 'bai-viet': CONTENT_FILES.articles.dir } as const;
const [kind, ...titleWords] = process.argv.slice(2);
const title = nfc(titleWords.join(' ').trim());

if (kind !== 'bai-viet' || !title) {
  console.error('Cách dùng: npm run new -- bai-viet "Tiêu đề bài viết"');
  process.exit(1);
}

const slug = slugify(title);
const dir = join(CONTENT_ROOT, KINDS[kind]);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`Đã có bài ${file}. Chọn tiêu đề khác hoặc sửa bài đó.`);
  process.exit(1);
}

mkdirSync(dir, { recursive: true });
writeFileSync(file, articleTemplate(title, isoDay(new Date())));
console.log(`Đã tạo ${file}\nMở tệp, viết nội dung, rồi chạy "npm run check:content" để kiểm tra.`);
