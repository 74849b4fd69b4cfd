/**
 * YAML syntax errors in plain Vietnamese, one message per common cause, with the real line. Tabs and
 * non-breaking spaces are found before parsing: both look like ordinary spaces on screen.
 */
import type { Document, YAMLError } from 'yaml';
import type { ContentProblem } from './types.ts';

const INVISIBLE_INDENT: Array<{ char: string; name: string }> = [
  { char: '\t', name: 'phím Tab' },
  { char: '\u00a0', name: 'dấu cách không ngắt (non-breaking space, thường do chép từ Word hoặc trang web)' },
  { char: '\u3000', name: 'dấu cách toàn khổ' },
];

/** Tabs or non-breaking spaces used where YAML needs plain spaces: before a field or a "-". */
export function invisibleIndentProblems(text: string, file: string, lineOffset: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((lineText, index) => {
    const indent = /^[\s\u00a0\u3000]*/u.exec(lineText)?.[0] ?? '';
    const colon = lineText.indexOf(': ');
    for (const { char, name } of INVISIBLE_INDENT) {
      // Inside a value ("a:\u00a0b") a non-breaking space is harmless text; before a field it breaks the file.
      const where = indent.includes(char) ? 'ở đầu dòng' : char !== '\t' && colon > 0 && lineText.slice(0, colon).includes(char) ? 'trong tên trường' : '';
      if (!where) continue;
      problems.push({
        file,
        line: index + 1 + lineOffset,
        field: 'cú pháp YAML',
        message: `Dòng này có ${name} ${where}. YAML chỉ nhận dấu cách thường để thụt lề. Xóa khoảng trắng đầu dòng rồi gõ lại bằng phím cách (Space).`,
        technical: `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
      });
    }
  });
  return problems;
}

const EXPLAIN: Record<string, string> = {
  TAB_AS_INDENT: 'Thụt lề bằng phím Tab. Xóa Tab, thụt lề bằng dấu cách (2 dấu cách mỗi bậc).',
  BAD_INDENT: 'Thụt lề không thẳng hàng: các dòng cùng cấp (cùng một bản ghi, cùng một danh sách) phải bắt đầu ở cùng một cột. Với danh sách [a, b], kiểm tra đã có dấu "]" đóng.',
  DUPLICATE_KEY: 'Một trường được ghi hai lần trong cùng một bản ghi. Xóa một trong hai dòng.',
  BLOCK_AS_IMPLICIT_KEY: 'Giá trị có dấu hai chấm (":") hoặc thụt lề sai. Đặt cả câu trong dấu ngoặc kép, ví dụ: note: "Ghi chú: gọi trước khi đến". Nếu không, kiểm tra thụt lề của dòng này.',
  MULTILINE_IMPLICIT_KEY: 'Máy không đọc được tên trường. Sau dấu hai chấm phải có một dấu cách ("title: Tiêu đề", không viết "title:Tiêu đề"), và thụt lề phải khớp với dòng trên.',
  MISSING_CHAR: 'Thiếu dấu đóng. Mỗi dấu ngoặc kép mở phải có dấu đóng trên cùng dòng; mỗi "[" phải có "]", mỗi "{" phải có "}".',
  UNEXPECTED_TOKEN: 'Có ký tự không đúng chỗ. Nếu giá trị bắt đầu bằng một ký tự đặc biệt (@, `, %, *, &, !, |, >), đặt cả giá trị trong dấu ngoặc kép.',
  BAD_SCALAR_START: 'Giá trị bắt đầu bằng ký tự đặc biệt. Đặt cả giá trị trong dấu ngoặc kép.',
  BAD_DIRECTIVE: 'Dòng bắt đầu bằng "%" không hợp lệ. Đặt giá trị trong dấu ngoặc kép.',
  MULTIPLE_DOCS: 'Tệp có thêm một dòng "---" ở giữa. Chỉ giữ hai dòng "---" quanh phần thông tin đầu bài.',
};

const GENERIC = 'Lỗi cú pháp YAML: kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng Tab) và dấu ngoặc kép quanh câu có dấu ":".';

export function yamlSyntaxProblems(doc: Document, text: string, file: string, lineOffset: number): ContentProblem[] {
  return doc.errors.map((error) => ({
    file,
    line: errorLine(error, text) + lineOffset,
    field: 'cú pháp YAML',
    message: closingQuote(error) ? `Thiếu dấu ${closingQuote(error)} đóng ở cuối giá trị bắt đầu trên dòng này. Thêm dấu đóng, hoặc bỏ cả hai dấu.` : (EXPLAIN[error.code] ?? GENERIC),
    technical: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, ''),
  }));
}

function closingQuote(error: YAMLError): string | undefined {
  return error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
}

/** yaml reports a missing closing quote where the file ends; the mistake is on the line the quote opened. */
function errorLine(error: YAMLError, text: string): number {
  const reported = error.linePos?.[0]?.line ?? 1;
  const quote = closingQuote(error);
  if (!quote) return reported;
  const lines = text.split('\n');
  for (let line = Math.min(reported, lines.length); line >= 1; line--) {
    if (((lines[line - 1] ?? '').split(quote).length - 1) % 2 === 1) return line;
  }
  return reported;
}
