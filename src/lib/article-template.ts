/**
 * The text `npm run new` writes into a new article. Its placeholder sentences are also what the content
 * check looks for: an article that still contains them is not ready to publish.
 */
export const PLACEHOLDERS = {
  description: 'Viết một câu tóm tắt bài (dưới 160 chữ cái), hiện khi chia sẻ lên Zalo, Facebook.',
  body: 'Viết nội dung bài ở đây.',
} as const;

export function articleTemplate(title: string, day: string): string {
  return `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(PLACEHOLDERS.description)}
pubDate: ${day}
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

${PLACEHOLDERS.body} Dùng ## cho tiêu đề mục.

Khi nhắc tới số điện thoại, dùng <Hotline id="tong-dai-111" /> thay vì gõ số.
`;
}
