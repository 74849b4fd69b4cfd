/**
 * Builds the Pagefind search index as part of `astro build`, so a build is never without search.
 * If indexing fails the whole output is removed: nothing half-built is left to publish.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { failBuild } from './fail-build.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
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
