/**
 * Writes each page's 1200×630 share image, after the pages are built: the image path, title and
 * description are read from the page's own Open Graph tags, so every page gets one and none can drift.
 *
 * Drawing is the slow part of a build, so each image is kept in Astro's cache folder under a hash of
 * what it shows and of the drawing code: a rebuild draws only images whose text or design changed.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareImagePng } from '../render/share-image.ts';
import { SITE } from '../site-config.ts';
import { failBuild } from './fail-build.ts';

/** The drawing code: a change to any of these redraws every image. */
const RENDERER_FILES = ['src/render/share-image.ts', 'src/render/card-renderer.ts'];
/** Images drawn at once; resvg rasterises off the main thread, so this keeps both cores busy. */
const PARALLEL = 4;
/** Cached images not used by any build for this long are deleted. */
const KEEP_UNUSED_DAYS = 30;

const meta = (html: string, property: string) =>
  decodeEntities(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Runs tasks with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function pruneCache(cacheDir: string): Promise<void> {
  const cutoff = Date.now() - KEEP_UNUSED_DAYS * 24 * 60 * 60 * 1000;
  for (const file of await readdir(cacheDir)) {
    const path = join(cacheDir, file);
    if ((await stat(path)).mtimeMs < cutoff) await rm(path, { force: true });
  }
}

export function shareImages(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  return {
    name: 'share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'share-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          await mkdir(cacheDir, { recursive: true });
          const renderer = createHash('sha256');
          for (const file of RENDERER_FILES) renderer.update(await readFile(join(root, file)));
          const rendererHash = renderer.digest('hex');

          const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
          let drawn = 0;
          let reused = 0;
          await inParallel(pages, PARALLEL, async (page) => {
            const html = await readFile(join(outDir, page), 'utf8');
            const image = meta(html, 'og:image');
            if (!image) return;
            const card = [meta(html, 'og:title'), meta(html, 'og:description'), SITE.name, SITE.owner] as const;
            const key = createHash('sha256').update(rendererHash).update(JSON.stringify(card)).digest('hex').slice(0, 32);
            const cached = join(cacheDir, `${key}.png`);
            const target = join(outDir, new URL(image).pathname);
            await mkdir(dirname(target), { recursive: true });
            try {
              await copyFile(cached, target);
              const now = new Date();
              await utimes(cached, now, now);
              reused += 1;
            } catch {
              const png = await shareImagePng(...card);
              // Written under a temporary name first, so a build stopped midway never leaves half an image.
              await writeFile(`${cached}.${process.pid}.tmp`, png);
              await rename(`${cached}.${process.pid}.tmp`, cached);
              await writeFile(target, png);
              drawn += 1;
            }
          });
          await pruneCache(cacheDir);
          logger.info(`Ảnh chia sẻ 1200×630: vẽ mới ${drawn}, dùng lại ${reused} ảnh đã vẽ trước.`);
        } catch (error) {
          await failBuild(outDir, 'Không tạo được ảnh chia sẻ', error);
        }
      },
    },
  };
}
