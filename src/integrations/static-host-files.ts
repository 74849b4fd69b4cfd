/**
 * The last build step, for the web server: checks that every page carries the <meta> CSP the header policy
 * relies on (deploy/headers.ts), writes dist/_headers, and stores a gzip copy of each text file for nginx's
 * gzip_static (smallest output, no compression work per request).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip as gzipCallback } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../deploy/headers-file.ts';
import { inParallel } from '../lib/in-parallel.ts';
import { failBuild } from './fail-build.ts';

const gzip = promisify(gzipCallback);
/** Files compressed at once: libuv's default pool has four threads. */
const PARALLEL = 4;
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);
/** Below this, gzip's own header outweighs the saving (nginx's gzip_min_length is the same). */
const MIN_BYTES = 1024;

/** Why a page's inline code would run unchecked under the header policy, or undefined when it would not. */
export function metaCspProblem(html: string): string | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return 'không có thẻ <meta> Content-Security-Policy';
  if (!/script-src [^;]*'sha256-/.test(meta[1]!) && /<script(?![^>]*\ssrc=)[^>]*>/i.test(html)) return 'có mã chạy trực tiếp mà <meta> CSP không ghi mã băm (hash)';
  const firstScript = html.search(/<script/i);
  if (firstScript !== -1 && firstScript < meta.index) return 'có <script> đứng trước thẻ <meta> CSP';
  return undefined;
}

export function staticHostFiles(): AstroIntegration {
  return {
    name: 'static-host-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.has(extname(file)));
          const problems: string[] = [];
          let compressed = 0;
          // zlib compresses on libuv's worker threads, so a few files at once use every core.
          await inParallel(files, PARALLEL, async (file) => {
            const bytes = await readFile(join(outDir, file));
            if (file.endsWith('.html')) {
              const problem = metaCspProblem(bytes.toString('utf8'));
              if (problem) problems.push(`${file}: ${problem}`);
            }
            if (bytes.length < MIN_BYTES) return;
            const gz = await gzip(bytes, { level: constants.Z_BEST_COMPRESSION });
            if (gz.length >= bytes.length) return;
            await writeFile(join(outDir, `${file}.gz`), gz);
            compressed += 1;
          });
          problems.sort();
          if (problems.length > 0) throw new Error(`Trang thiếu lớp bảo vệ CSP:\n${problems.join('\n')}`);
          await writeFile(join(outDir, '_headers'), headersFile());
          logger.info(`Đã ghi _headers và nén sẵn ${compressed} tệp.`);
        } catch (error) {
          await failBuild(outDir, 'Không chuẩn bị được tệp cho máy chủ web', error);
        }
      },
    },
  };
}
