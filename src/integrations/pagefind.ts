/**
 * Builds the Pagefind search index as part of `astro build`, so a build is never without search.
 * If indexing fails the whole output is removed: nothing half-built is left to publish.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { failBuild } from './fail-build.ts';

/**
 * Bytes of index per chunk file. A search downloads one chunk per word typed, so small chunks keep the
 * first search light on mobile data (about 20 KB a word at Pagefind's default, 3–4 KB at this size, for
 * a few more, smaller requests). Pagefind 1.6 reads it from an environment variable it marks unstable:
 * check `npm run bench` after upgrading Pagefind.
 */
const INDEX_CHUNK_BYTES = '3000';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_BYTES;
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Đã lập chỉ mục tìm kiếm cho ${added.page_count} trang.`);
        } catch (error) {
          await failBuild(outDir, 'Không lập được chỉ mục tìm kiếm', error);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
