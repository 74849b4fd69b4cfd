/**
 * `npm run audit:content`: lists every unverified or stale record with its file, so staff know what to
 * check with the official sources next. Informational: it always exits 0.
 */
import { resolve } from 'node:path';
import { CONTENT_ROOT } from '../content-layout.ts';
import { auditContent } from '../lib/content-audit.ts';
import { SITE } from '../site-config.ts';

const rows = auditContent(resolve(CONTENT_ROOT), new Date(), SITE.staleAfterDays);
const unverified = rows.filter((row) => row.state.kind === 'unverified');
const stale = rows.filter((row) => row.state.kind === 'stale');

console.log(`Cần kiểm tra lại quá ${SITE.staleAfterDays} ngày: ${stale.length} bản ghi`);
for (const row of stale) console.log(`  ${row.file} — ${row.id}: ${row.state.label}`);
console.log(`\nChưa xác minh: ${unverified.length} bản ghi`);
for (const row of unverified) console.log(`  ${row.file} — ${row.id}: ${row.reason ?? ''}`);
