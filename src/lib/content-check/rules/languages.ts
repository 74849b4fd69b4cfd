/**
 * Translations and recordings: a translation must name the Vietnamese page it translates, and every
 * recording a page names must be in content/recordings/ and small enough for slow mobile data.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDINGS_DIR } from '../../../content-layout.ts';
import { MAX_RECORDING_BYTES } from '../../../schemas/languages.ts';
import { fieldLabel, type ContentProblem, type Rule } from '../types.ts';
import { entryUrl } from './unique-urls.ts';

export const languages: Rule = {
  name: 'ban-dich-ghi-am',
  check: (content) => {
    const problems: ContentProblem[] = [];
    const vietnamesePages = new Set([...content.entries('guides'), ...content.entries('materials')].map(entryUrl));
    for (const entry of content.entries('translations')) {
      const original = entry.data.original;
      if (typeof original !== 'string' || vietnamesePages.has(original)) continue;
      problems.push({
        file: entry.source.rel,
        line: content.lineOf(entry, ['original']),
        field: fieldLabel(entry, 'original'),
        message: `Không có trang hướng dẫn hay bài học tiếng Việt nào ở địa chỉ "${original}". Ghi đúng đường dẫn trang gốc, ví dụ "/ho-tro/cho-nguoi-ban-dam/".`,
      });
    }
    for (const entry of content.all()) {
      const recordings = Array.isArray(entry.data.recordings) ? entry.data.recordings : [];
      recordings.forEach((recording: { file?: unknown }, index) => {
        if (typeof recording?.file !== 'string') return;
        const path = join(content.root, RECORDINGS_DIR, recording.file);
        const where = { file: entry.source.rel, line: content.lineOf(entry, ['recordings', index, 'file']), field: fieldLabel(entry, `recordings.${index}.file`) };
        if (!existsSync(path)) {
          problems.push({ ...where, message: `Không tìm thấy tệp ghi âm "${recording.file}". Chép tệp vào thư mục content/${RECORDINGS_DIR}/ với đúng tên này.` });
        } else if (statSync(path).size > MAX_RECORDING_BYTES) {
          problems.push({
            ...where,
            message: `Tệp ghi âm "${recording.file}" nặng hơn 3 MB, quá nặng cho người nghe bằng 3G. Xuất lại dạng Opus hoặc MP3 khoảng 48 kbps, một kênh (mono).`,
          });
        }
      });
    }
    return problems;
  },
};
