/**
 * `npm run build`: content check, Astro build (pages, share images, search index) into a fresh folder,
 * then the folder replaces dist/ (or OUT_DIR) only if every step succeeded. A failed build leaves the
 * last good site untouched and says so; Astro/MDX/Vite errors are explained with the content file and line.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CONTENT_ROOT } from '../content-layout.ts';
import { explainBuildFailure } from '../lib/build-errors.ts';
import { checkContent, reportProblems } from '../lib/content-check.ts';
import { missingOutput, publish } from '../lib/publish.ts';

const target = process.env.OUT_DIR ?? 'dist';
const contentRoot = resolve(CONTENT_ROOT);
const kept = `Website cũ trong ${target}/ được giữ nguyên: chưa có gì bị thay hay bị xóa.`;

const outcome = await publish(target, async (staging) => {
  const { errors, report } = reportProblems(checkContent(contentRoot));
  if (errors.length > 0) return { ok: false, reason: report };
  if (report) console.warn(`${report}\n`);
  console.log('Nội dung hợp lệ: không có lỗi. Đang dựng website…');
  const { code, output } = await astroBuild(staging);
  if (code !== 0) return { ok: false, reason: explainBuildFailure(output, contentRoot) };
  const missing = missingOutput(staging);
  if (missing.length > 0) return { ok: false, reason: `Bản dựng thiếu: ${missing.join(', ')}.` };
  return { ok: true };
});

if (!outcome.ok) {
  console.error(`\n${outcome.reason}\n\n✗ Dựng website thất bại. ${kept}`);
  process.exit(1);
}
console.log(`\n✓ Đã dựng xong và thay ${target}/ bằng bản mới.`);

/** Runs `astro build` into `outDir`, showing its output live and keeping it for the explanation. */
function astroBuild(outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        (stream === child.stderr ? process.stderr : process.stdout).write(chunk);
      });
    }
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
