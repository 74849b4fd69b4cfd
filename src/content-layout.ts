/**
 * Where each content type lives under content/. Shared by Astro's loaders and the pre-build content
 * check, so both always read the same files.
 */
import { existsSync, readdirSync } from 'node:fs';

export const CONTENT_ROOT = process.env.CONTENT_ROOT ?? 'content';

export const CONTENT_FILES = {
  articles: { dir: 'articles', pattern: '*.mdx' },
  guides: { dir: 'guides', pattern: '*.mdx' },
  materials: { dir: 'materials', pattern: '**/*.mdx' },
  hotlines: { file: 'hotlines.yaml' },
  services: { file: 'services.yaml' },
  sites: { file: 'sites.yaml' },
  communes: { file: 'communes.yaml' },
  faq: { file: 'faq.yaml' },
  myths: { file: 'myths.yaml' },
  planTargets: { file: 'plan-targets.yaml' },
  translations: { dir: 'translations', pattern: '*.mdx' },
  planProgress: { file: 'plan-progress.yaml' },
  agencies: { file: 'agencies.yaml' },
  reach: { file: 'reach.yaml' },
  searchKeywords: { file: 'search-keywords.yaml' },
} as const;

/** Audio files named in pages' "recordings"; copied to /ghi-am/ by the build. */
export const RECORDINGS_DIR = 'recordings';

/** Translations exist only once a translator provides one: until then there is no collection to read. */
export function hasTranslations(): boolean {
  const dir = `${CONTENT_ROOT}/${CONTENT_FILES.translations.dir}`;
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.mdx'));
}
