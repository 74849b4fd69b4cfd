/**
 * Text that looks right on screen but is stored wrong: decomposed Vietnamese (NFD, from PDFs and Macs),
 * and curly quotes pasted from Word around a whole value, which would publish as part of the headline.
 */
import { fieldLabel, type ContentProblem, type Rule } from '../types.ts';
import { eachString } from '../values.ts';

const WRAPPED_IN_CURLY_QUOTES = /^\s*[“”„‟‘’‚«»「『].*[“”„‟‘’»«」』]\s*$/su;

export const textForm: Rule = {
  name: 'dang-chu',
  check: (content) => {
    const problems: ContentProblem[] = [];
    for (const file of content.files) {
      file.text.split('\n').forEach((lineText, index) => {
        if (lineText !== lineText.normalize('NFC')) {
          problems.push({ file: file.rel, line: index + 1, message: 'Dòng này có chữ tiếng Việt ở dạng tổ hợp (NFD). Gõ lại dòng hoặc lưu tệp với chuẩn Unicode dựng sẵn (NFC).' });
        }
      });
    }
    for (const entry of content.all()) {
      eachString(entry.data, (text, path) => {
        if (!WRAPPED_IN_CURLY_QUOTES.test(text)) return;
        problems.push({
          file: entry.source.rel,
          line: content.lineOf(entry, path),
          field: fieldLabel(entry, path.join('.')),
          message: `Giá trị nằm trong dấu ngoặc cong ${text.trim().at(0)}…${text.trim().at(-1)} (thường do chép từ Word), nên dấu ngoặc sẽ hiện ra như một phần của chữ. Thay bằng dấu ngoặc kép thẳng "…" hoặc bỏ dấu ngoặc.`,
        });
      });
    }
    return problems;
  },
};
