/**
 * `npm run check:content`: validates everything under content/ before a build. Exits 1 and lists every
 * problem (file, line, field, how to fix) so nothing half-valid is ever published.
 */
import { resolve } from 'node:path';
import { CONTENT_ROOT } from '../content-layout.ts';
import { checkContent, formatProblem } from '../lib/content-check.ts';

const all = checkContent(resolve(CONTENT_ROOT));
const warnings = all.filter((problem) => problem.severity === 'warning');
const problems = all.filter((problem) => problem.severity !== 'warning');
if (warnings.length > 0) {
  console.warn(`Nội dung có ${warnings.length} cảnh báo (không chặn xuất bản, nên sửa):\n`);
  console.warn(warnings.map(formatProblem).join('\n\n').replaceAll('✗', '⚠'));
  console.warn('');
}
if (problems.length > 0) {
  console.error(`Nội dung có ${problems.length} lỗi cần sửa trước khi xuất bản:\n`);
  console.error(problems.map(formatProblem).join('\n\n'));
  console.error('\nXem hướng dẫn sửa lỗi trong CONTRIBUTING.md, mục "Khi bản dựng báo lỗi".');
  process.exit(1);
}
console.log('Nội dung hợp lệ: không có lỗi.');
