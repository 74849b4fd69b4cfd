/**
 * MDX syntax errors (from the parser Astro uses, or from Astro itself during the build) explained in
 * plain Vietnamese. The technical text stays attached for whoever helps.
 */
import type { ContentProblem } from './types.ts';

const CAUSES: Array<{ test: RegExp; explain: (match: RegExpExecArray) => string }> = [
  {
    test: /Expected a closing tag for `<([^>]*)>`/,
    explain: (m) => `Thẻ <${m[1]}> mở ở dòng này nhưng không được đóng. Thêm </${m[1]}> sau nội dung, hoặc viết <${m[1]} … /> nếu thẻ không có nội dung.`,
  },
  {
    test: /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    explain: (m) => `Thẻ đóng </${m[1]}> không khớp với thẻ đang mở <${m[2]}>. Sửa cho thẻ đóng cùng tên với thẻ mở.`,
  },
  {
    test: /Unexpected closing tag `<\/([^>]*)>`/,
    explain: (m) => `Có thẻ đóng </${m[1]}> mà không có thẻ mở tương ứng. Xóa thẻ đóng thừa.`,
  },
  {
    test: /to create a comment in MDX/,
    explain: () => 'MDX không nhận ghi chú dạng <!-- … -->. Xóa phần ghi chú này (ghi chú cho đồng nghiệp hãy viết trong yêu cầu hợp nhất).',
  },
  {
    test: /closing brace for `\{`|in expression|acorn/,
    explain: () => 'Dấu ngoặc nhọn { } có ý nghĩa đặc biệt trong MDX và không được dùng trong bài. Xóa dấu, hoặc viết \\{ và \\} nếu thật sự cần hiện dấu ngoặc.',
  },
  {
    test: /before name|after name|before attribute|in attribute/,
    explain: () => 'Dấu < bắt đầu một thẻ nhưng phần sau không phải thẻ hợp lệ. Nếu muốn viết dấu nhỏ hơn, viết "nhỏ hơn" hoặc \\<; nếu là thẻ, kiểm tra chính tả và dấu ngoặc kép quanh giá trị.',
  },
];

const GENERIC = 'Máy không đọc được phần bài viết ở dòng này. Kiểm tra các thẻ <…> đã đóng đủ, và các dấu { } < > trong chữ.';

export function explainMdxError(technical: string): string {
  for (const { test, explain } of CAUSES) {
    const match = test.exec(technical);
    if (match) return explain(match);
  }
  return GENERIC;
}

/** "12:3: Expected …" → 12. */
export function mdxErrorLine(technical: string): number | undefined {
  const line = /^(\d+):\d+/.exec(technical)?.[1] ?? /\((\d+):\d+\)/.exec(technical)?.[1];
  return line ? Number(line) : undefined;
}

export function mdxSyntaxProblem(error: unknown, file: string): ContentProblem {
  const technical = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return { file, line: mdxErrorLine(technical), field: 'cú pháp MDX', message: explainMdxError(technical), technical };
}
