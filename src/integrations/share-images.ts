/**
 * Writes each page's 1200×630 share image, after the pages are built: the image path, title and
 * description are read from the page's own Open Graph tags, so every page gets one and none can drift.
 * Drawings are cached across builds (src/render/drawing-cache.ts): a rebuild draws only what changed.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inParallel } from '../lib/in-parallel.ts';
import { cachedDrawing, DRAWING_LIBRARIES, pruneDrawings } from '../render/drawing-cache.ts';
import { shareImagePng } from '../render/share-image.ts';
import { SITE } from '../site-config.ts';
import { failBuild } from './fail-build.ts';

/** The drawing code: a change to any of these redraws every image. */
const SHARE_IMAGE_CODE = ['src/render/share-image.ts', 'src/render/card-renderer.ts', 'src/schemas/articles.ts', DRAWING_LIBRARIES];
const CACHE_FOLDER = 'share-images';
/** Images drawn at once; resvg rasterises off the main thread, so this keeps both cores busy. */
const PARALLEL = 4;

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
          let drawn = 0;
          let reused = 0;
          await inParallel(pages, PARALLEL, async (page) => {
            const html = await readFile(join(outDir, page), 'utf8');
            const image = meta(html, 'og:image');
            if (!image) return;
            const card = [meta(html, 'og:title'), meta(html, 'og:description'), SITE.name, SITE.owner] as const;
            const png = await cachedDrawing({ folder: CACHE_FOLDER, code: SHARE_IMAGE_CODE, inputs: card, extension: 'png' }, () => shareImagePng(...card));
            const target = join(outDir, new URL(image).pathname);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, png.data);
            if (png.drawn) drawn += 1;
            else reused += 1;
          });
          // Runs after every page, so posters drawn (or reused) by this build are marked as used by now.
          await pruneDrawings();
          logger.info(`Ảnh chia sẻ 1200×630: vẽ mới ${drawn}, dùng lại ${reused} ảnh đã vẽ trước.`);
        } catch (error) {
          await failBuild(outDir, 'Không tạo được ảnh chia sẻ', error);
        }
      },
    },
  };
}
