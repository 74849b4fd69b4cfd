// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { SITE_URL } from './src/site-config.ts';

export default defineConfig({
  site: SITE_URL,
  // OUT_DIR lets tests build a fixture site without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // ASTRO_CACHE_DIR gives the scale benchmark a cold cache of its own (share images, content store).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Astro 7's 'jsx' mode drops the space between inline elements on separate lines, which glues
  // Vietnamese syllables together ("Ngàyđăng"); the classic mode keeps them apart.
  compressHTML: true,
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), shareImages(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  build: { inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles WebAssembly; everything else is our own bundled, hashed code.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
