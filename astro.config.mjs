// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { bodyMarkup } from './src/integrations/body-markup.ts';
import { CSP_DIRECTIVES, WASM_SOURCE } from './deploy/headers.ts';
import { adminEditor, ADMIN_PATH } from './src/integrations/admin.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { recordingFiles } from './src/integrations/recordings.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { staticHostFiles } from './src/integrations/static-host-files.ts';
import { BUILD_CACHE_DIR } from './src/render/drawing-cache.ts';
import { SITE_URL } from './src/site-config.ts';

export default defineConfig({
  site: SITE_URL,
  // OUT_DIR lets tests build a fixture site without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // ASTRO_CACHE_DIR keeps a test or benchmark build's cache apart (content store, share images): otherwise
  // the next real build reuses a fixture's entries and looks for its deleted files.
  cacheDir: BUILD_CACHE_DIR,
  trailingSlash: 'always',
  // Astro 7's 'jsx' mode drops the space between inline elements on separate lines, which glues
  // Vietnamese syllables together ("Ngàyđăng"); the classic mode keeps them apart.
  compressHTML: true,
  // Bodies go through body-markup: rel on external links, srcset on images. MDX uses this processor too.
  // No code highlighting: Shiki colours code with inline styles, which the CSP blocks (and Astro warned about
  // on every build); a code block, should one appear, stays plain text.
  markdown: { processor: satteri({ hastPlugins: [bodyMarkup] }), syntaxHighlight: false },
  // adminEditor() runs after pagefindIndex(), so /admin/ never enters the search index.
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') && !new URL(page).pathname.startsWith('/q/') && !page.includes(ADMIN_PATH) }), shareImages(), recordingFiles(), pagefindIndex(), siteAddress(), staticHostFiles(), adminEditor()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX page with a "use astro:head-inject" directive that the bundler then says it may
        // drop: one harmless warning per article, which buried the build messages staff need to read.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  build: { inlineStylesheets: 'always' },
  security: {
    csp: {
      // The same directives as the header policy (deploy/headers.ts), which also limits WebAssembly to search.
      directives: [...CSP_DIRECTIVES],
      // Pagefind compiles WebAssembly; everything else is our own bundled, hashed code.
      scriptDirective: { resources: ["'self'", WASM_SOURCE] },
    },
  },
});
