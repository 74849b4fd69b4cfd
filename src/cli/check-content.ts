/**
 * `npm run check:content`: validates everything under content/ before a build. Exits 1 and lists every
 * problem (file, line, field, how to fix) so nothing half-valid is ever published; warnings are printed
 * but do not stop anything.
 */
import { resolve } from 'node:path';
import { CONTENT_ROOT } from '../content-layout.ts';
import { checkContent, reportProblems } from '../lib/content-check.ts';

const { errors, report } = reportProblems(checkContent(resolve(CONTENT_ROOT)));
if (report) (errors.length > 0 ? console.error : console.warn)(`${report}\n`);
if (errors.length > 0) process.exit(1);
console.log('Nội dung hợp lệ: không có lỗi.');
