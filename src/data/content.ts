/**
 * Content queries used by pages. Publishing rules (drafts, scheduled articles) and ordering are applied
 * here once, so no page can accidentally list a draft.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, isPublished } from '../lib/publishing.ts';
import { parsePhone, type Phone } from '../lib/phone.ts';
import { slugify } from '../lib/fold.ts';
import { hasTranslations } from '../content-layout.ts';
import { BUILD_TIME, SHOW_UNPUBLISHED } from '../site-config.ts';

export type Article = CollectionEntry<'articles'>;
export type Hotline = CollectionEntry<'hotlines'>;

export async function getPublishedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', ({ data }) => isPublished(data, BUILD_TIME, SHOW_UNPUBLISHED));
  return articles.sort((a, b) => byNewest(a.data, b.data));
}

/** Tags with their ASCII URL slug, most used first. */
export async function getTags(): Promise<Array<{ name: string; slug: string; articles: Article[] }>> {
  const byTag = new Map<string, { name: string; slug: string; articles: Article[] }>();
  for (const article of await getPublishedArticles()) {
    for (const name of article.data.tags) {
      const slug = slugify(name);
      const tag = byTag.get(slug) ?? { name, slug, articles: [] };
      tag.articles.push(article);
      byTag.set(slug, tag);
    }
  }
  return [...byTag.values()].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'vi'));
}

export async function getHotlines(): Promise<Hotline[]> {
  return getCollection('hotlines');
}

/** The numbers shown on every page, in their configured order. */
export async function getStripHotlines(): Promise<Hotline[]> {
  const hotlines = await getHotlines();
  return hotlines
    .filter((hotline) => hotline.data.stripOrder !== undefined)
    .sort((a, b) => (a.data.stripOrder ?? 0) - (b.data.stripOrder ?? 0));
}

/** Schema validation guarantees the number parses; this narrows the type for callers. */
export function phoneOf(number: string): Phone {
  const phone = parsePhone(number);
  if (!phone) throw new Error(`Invalid phone number passed validation: ${number}`);
  return phone;
}

export async function getGuides(section: CollectionEntry<'guides'>['data']['section']) {
  const guides = await getCollection('guides', ({ data }) => data.section === section);
  return guides.sort((a, b) => a.data.order - b.data.order);
}

/** What readers type for the page at this path (content/search-keywords.yaml); none for most pages. */
export async function getSearchKeywords(path: string): Promise<string[]> {
  const page = path.endsWith('/') ? path : `${path}/`;
  const records = await getCollection('searchKeywords');
  return records.find((record) => record.id === page)?.data.keywords ?? [];
}

/** Translations, or none without asking Astro for a collection that has no files yet (it warns on every page). */
export async function getTranslations(filter?: (entry: CollectionEntry<'translations'>) => boolean): Promise<Array<CollectionEntry<'translations'>>> {
  if (!hasTranslations()) return [];
  const translations = await getCollection('translations');
  return filter ? translations.filter(filter) : translations;
}
