/**
 * Dates that do not exist. JavaScript quietly rolls 2026-02-30 over to 2 March, so the schema alone
 * accepts it and the page shows the wrong day.
 */
import { fieldLabel, type ContentProblem, type Rule } from '../types.ts';
import { eachString } from '../values.ts';

export function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const realDates: Rule = {
  name: 'ngay-khong-co-that',
  check: (content) => {
    const problems: ContentProblem[] = [];
    for (const entry of content.all()) {
      eachString(entry.data, (text, path) => {
        // Month above 12 or day above 31 is already refused by the schema; this catches the ones it lets through.
        if (isRealDay(text) || Number.isNaN(new Date(text.trim()).getTime())) return;
        const [year, month] = text.trim().split('-');
        const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
        problems.push({
          file: entry.source.rel,
          line: content.lineOf(entry, path),
          field: fieldLabel(entry, path.join('.')),
          message: `Ngày ${text.trim()} không có thật: tháng ${Number(month)}/${year} chỉ có ${last} ngày. Sửa lại ngày (viết NĂM-THÁNG-NGÀY).`,
        });
      });
    }
    return problems;
  },
};
