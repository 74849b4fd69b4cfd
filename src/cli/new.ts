/**
 * `npm run new -- bai-viet "Tiêu đề tiếng Việt"` writes a new article draft with a correct ASCII file
 * name, today's date and every required field, ready to fill in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES, CONTENT_ROOT } from '../content-layout.ts';
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

const yamlString = (value: string) => JSON.stringify(value);
mkdirSync(dir, { recursive: true });
writeFileSync(
  file,
  `---
title: ${yamlString(title)}
description: "Viết một câu tóm tắt bài (dưới 160 chữ cái), hiện khi chia sẻ lên Zalo, Facebook."
pubDate: ${isoDay(new Date())}
author: "Ban biên tập"
tags: []
audiences: []
# Khi đã đối chiếu nguồn: đổi thành "status: verified", ghi "date" (ngày kiểm tra) và "sources" (tên, đường dẫn).
verification:
  status: unverified
  reason: "Bài chưa được đối chiếu với nguồn."
  howToAsk: "Hỏi Ban biên tập của trang."
# Bản nháp không được xuất bản. Đổi thành false khi bài đã sẵn sàng.
draft: true
---

Viết nội dung bài ở đây. Dùng ## cho tiêu đề mục.

Khi nhắc tới số điện thoại, dùng <Hotline id="tong-dai-111" /> thay vì gõ số.
`,
);
console.log(`Đã tạo ${file}\nMở tệp, viết nội dung, rồi chạy "npm run check:content" để kiểm tra.`);
