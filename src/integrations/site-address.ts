/**
 * The public address, checked around the build: a build without SITE_URL warns that it is a local preview;
 * a build with it fails if any text file still names the preview address, so nothing published leads to
 * localhost.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PREVIEW_SITE_URL } from '../lib/site-url.ts';
import { PREVIEW_BUILD } from '../site-config.ts';
import { failBuild } from './fail-build.ts';

const TEXT_FILES = new Set(['.html', '.xml', '.txt', '.json', '.js', '.mjs', '.css', '.svg', '.webmanifest']);
const PREVIEW_HOST = new URL(PREVIEW_SITE_URL).hostname;

/** Files under outDir (relative paths) whose text mentions the preview host. */
export async function filesNamingPreviewHost(outDir: string): Promise<string[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => TEXT_FILES.has(extname(file)));
  const found: string[] = [];
  for (const file of files) {
    if ((await readFile(join(outDir, file), 'utf8')).includes(PREVIEW_HOST)) found.push(file);
  }
  return found.sort();
}

export function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!PREVIEW_BUILD) return;
        logger.warn(
          `Chưa đặt SITE_URL: đây là BẢN XEM THỬ. Liên kết, sơ đồ trang, RSS và mã QR trên áp phích dẫn tới ${PREVIEW_SITE_URL}, ` +
            'và áp phích mang dấu "BẢN XEM THỬ". Không đăng bản này. Để đăng: SITE_URL=https://ten-mien-cua-trang npm run build',
        );
      },
      'astro:build:done': async ({ dir }) => {
        if (PREVIEW_BUILD) return;
        const outDir = fileURLToPath(dir);
        const found = await filesNamingPreviewHost(outDir);
        if (found.length > 0) {
          await failBuild(outDir, `Bản dựng có SITE_URL nhưng vẫn còn "${PREVIEW_HOST}"`, new Error(`Kiểm tra: ${found.slice(0, 10).join(', ')}`));
        }
      },
    },
  };
}
