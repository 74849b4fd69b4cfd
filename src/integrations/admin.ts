/**
 * Writes the web editor into the built site at /admin/: Decap CMS copied from node_modules (never a
 * CDN), the config generated from src/admin/config.ts, our small browser script, and a page with its
 * own CSP. Nothing here is an Astro page, so no public page loads any of it. Without CMS_BACKEND no
 * editor is built at all.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { editorBackend, type EditorBackend } from '../admin/backend.ts';
import { editorConfig, fieldOrders, type EditorData } from '../admin/config.ts';
import { adminMetaCsp } from '../admin/csp.ts';
import { CONTENT_FILES, CONTENT_ROOT } from '../content-layout.ts';

/** Where the editor lives; the sitemap leaves it out. */
export const ADMIN_PATH = '/admin/';

export function adminEditor(): AstroIntegration {
  return {
    name: 'admin-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const backend = editorBackend(process.env);
        if (!backend) {
          logger.info('CMS_BACKEND chưa đặt: không tạo trình soạn thảo /admin/.');
          return;
        }
        await writeAdmin(join(fileURLToPath(dir), ADMIN_PATH), backend, CONTENT_ROOT);
        logger.info(`Đã tạo trình soạn thảo ${ADMIN_PATH} (kho: ${backend.name}).`);
      },
    },
  };
}

export async function writeAdmin(outDir: string, backend: EditorBackend, contentRoot: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  // The main bundle loads its chunks (locales, widgets) and WebAssembly from its own folder on demand.
  for (const name of readdirSync(decapDist)) {
    if (/^(\d+\.)?decap-cms\.js$|\.wasm$/.test(name)) copyFileSync(join(decapDist, name), join(outDir, name));
  }
  const config = editorConfig(backend, editorData(contentRoot));
  writeFileSync(join(outDir, 'config.yml'), stringify(config, { lineWidth: 0 }));
  await build({
    entryPoints: [fileURLToPath(new URL('../admin/editor.ts', import.meta.url))],
    outfile: join(outDir, 'editor.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { HOTLINES: JSON.stringify(hotlineChoices(contentRoot)), FIELD_ORDERS: JSON.stringify(fieldOrders(config)) },
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'index.html'), adminPage(backend));
}

function adminPage(backend: EditorBackend): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${adminMetaCsp(backend)}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Soạn nội dung</title>
<link rel="cms-config-url" type="text/yaml" href="${ADMIN_PATH}config.yml">
</head>
<body>
<noscript>Trình soạn thảo cần bật JavaScript.</noscript>
<script src="${ADMIN_PATH}decap-cms.js"></script>
<script src="${ADMIN_PATH}editor.js"></script>
</body>
</html>
`;
}

/** Tags already used in articles, most used first. */
export function editorData(contentRoot: string): EditorData {
  const dir = join(contentRoot, CONTENT_FILES.articles.dir);
  const counts = new Map<string, number>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
    const tags = (frontmatter ? parse(frontmatter)?.tags : undefined) as unknown;
    for (const tag of Array.isArray(tags) ? tags : []) counts.set(String(tag), (counts.get(String(tag)) ?? 0) + 1);
  }
  return { tags: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).map(([tag]) => tag) };
}

function hotlineChoices(contentRoot: string): Array<{ id: string; name: string; number: string }> {
  const records = parse(readFileSync(join(contentRoot, CONTENT_FILES.hotlines.file), 'utf8')) as Array<Record<string, string>>;
  return records.map(({ id, name, number }) => ({ id: id ?? '', name: name ?? '', number: number ?? '' }));
}
