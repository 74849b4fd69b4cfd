/**
 * Writes each page's 1200×630 share image, after the pages are built: the image path, title and
 * description are read from the page's own Open Graph tags, so every page gets one and none can drift.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareImagePng } from '../render/share-image.ts';
import { SITE } from '../site-config.ts';
import { failBuild } from './fail-build.ts';

const meta = (html: string, property: string) =>
  decodeEntities(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function shareImages(): AstroIntegration {
  return {
    name: 'share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
          let written = 0;
          for (const page of pages) {
            const html = await readFile(join(outDir, page), 'utf8');
            const image = meta(html, 'og:image');
            if (!image) continue;
            const target = join(outDir, new URL(image).pathname);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, await shareImagePng(meta(html, 'og:title'), meta(html, 'og:description'), SITE.name, SITE.owner));
            written += 1;
          }
          logger.info(`Đã tạo ${written} ảnh chia sẻ 1200×630.`);
        } catch (error) {
          await failBuild(outDir, 'Không tạo được ảnh chia sẻ', error);
        }
      },
    },
  };
}
