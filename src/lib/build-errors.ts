/**
 * Errors that get past the content check and stop `astro build`, explained for staff: which content file
 * caused them, the line, what it means in Vietnamese, then the technical text for whoever helps.
 */
import { basename, isAbsolute, resolve } from 'node:path';
import { loadContent } from './content-check/load.ts';
import { explainMdxError, mdxErrorLine } from './content-check/mdx-errors.ts';
import { entryUrl } from './content-check/rules/unique-urls.ts';
import type { Entry } from './content-check/types.ts';

const CAUSES: Array<{ test: RegExp; explain: (technical: string) => string }> = [
  {
    test: /is not defined|Cannot read propert|is not a function/,
    explain: () => 'Bài có phần {…} hoặc một thẻ chạy mã khi dựng website, và mã đó lỗi. Xóa phần trong dấu { } (xem CONTRIBUTING.md, mục "Thẻ được dùng trong bài").',
  },
  {
    test: /Could not find requested image|ImageNotFound|Failed to resolve import ".*\.(?:jpe?g|png|webp|avif|gif)"/i,
    explain: () => 'Không tìm thấy một ảnh bài viết nhắc tới. Kiểm tra ảnh đã nằm trong thư mục images/ cạnh bài và tên tệp gõ đúng từng chữ (chữ thường, không dấu).',
  },
  {
    test: /Expected a closing tag|Unexpected closing tag|Unexpected character|closing brace|mdx-jsx|micromark|MDXError|Could not parse/,
    explain: explainMdxError,
  },
  {
    test: /InvalidContentEntryDataError|does not match collection schema|data does not match/i,
    explain: () => 'Phần thông tin đầu bài hoặc một bản ghi không đúng mẫu. Chạy "npm run check:content" để xem trường nào sai.',
  },
  {
    test: /Duplicate id|duplicate id/,
    explain: () => 'Hai tệp hoặc hai bản ghi dùng cùng một mã (id hoặc "slug:"), nên một trang sẽ biến mất. Đổi một trong hai.',
  },
  {
    test: /Không lập được chỉ mục tìm kiếm|Không tạo được ảnh chia sẻ/,
    explain: () => 'Các trang đã dựng xong nhưng bước cuối (chỉ mục tìm kiếm hoặc ảnh chia sẻ) lỗi. Thường do máy hết dung lượng hoặc bộ nhớ; thử lại, nếu vẫn lỗi hãy báo bộ phận kỹ thuật.',
  },
];

const UNKNOWN = 'Bản dựng gặp lỗi máy chưa biết cách giải thích. Gửi nguyên văn phần chi tiết kỹ thuật bên dưới cho bộ phận kỹ thuật.';

/** The error lines Astro printed, without stack frames, at most a few lines. */
export function technicalSummary(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /\[ERROR\]|^error|Error:/i.test(line));
  return (start < 0 ? lines.slice(-8) : lines.slice(start))
    .filter((line) => !/^\s+at /.test(line) && line.trim())
    .slice(0, 8)
    .join('\n');
}

interface Located {
  file: string;
  line?: number | undefined;
}

/** Which content file the error is about: a path Astro names, the page being rendered, or a compiled chunk. */
export function locate(output: string, entries: Entry[], contentRoot: string): Located | undefined {
  const projectDir = resolve(contentRoot, '..');
  for (const match of output.matchAll(/((?:\/|\b)[^\s:'"()]*\.(?:mdx|ya?ml))(?::(\d+)(?::\d+)?)?/g)) {
    const path = resolve(isAbsolute(match[1] ?? '') ? (match[1] ?? '') : resolve(projectDir, match[1] ?? ''));
    const entry = entries.find((candidate) => candidate.source.path === path);
    if (entry) return { file: entry.source.rel, line: match[2] ? Number(match[2]) : lineInText(output, entry) };
  }
  const route = /rendering (\/[^\s:]*)/.exec(output)?.[1];
  const byRoute = route ? entries.find((entry) => entryUrl(entry) === route) : undefined;
  const chunk = /\/([a-z0-9-]+)_[A-Za-z0-9_-]+\.mjs/.exec(output)?.[1];
  const byChunk = chunk ? entries.find((entry) => entry.source.path.endsWith('.mdx') && basename(entry.source.path, '.mdx') === chunk) : undefined;
  const entry = byRoute ?? byChunk;
  return entry ? { file: entry.source.rel, line: lineInText(output, entry) } : undefined;
}

/** For "foo is not defined", the line of the file where the {foo…} expression is written. */
function lineInText(output: string, entry: Entry): number | undefined {
  const line = mdxErrorLine(/\d+:\d+: .*/.exec(output)?.[0] ?? '');
  if (line) return line;
  const name = /(\w+) is not defined/.exec(output)?.[1];
  if (!name) return undefined;
  const index = entry.source.text.split('\n').findIndex((text) => new RegExp(`\\{[^}]*\\b${name}\\b`).test(text));
  return index >= 0 ? index + 1 : undefined;
}

export function explainBuildFailure(output: string, contentRoot: string): string {
  const technical = technicalSummary(output);
  const cause = CAUSES.find(({ test }) => test.test(output));
  const { content } = loadContent(contentRoot);
  const where = locate(output, content.all(), contentRoot);
  const location = where ? `${where.file}${where.line ? `:${where.line}` : ''}` : 'không rõ tệp nội dung nào';
  return [`✗ ${location} — lỗi khi dựng website`, `  ${cause ? cause.explain(technical) : UNKNOWN}`, `  (chi tiết kỹ thuật:\n${technical.replace(/^/gm, '    ')})`].join('\n');
}

