import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedArticles } from '../data/content.ts';
import { articleUrl } from '../lib/routes.ts';
import { SITE } from '../site-config.ts';

export async function GET(context: APIContext) {
  const articles = await getPublishedArticles();
  return rss({
    title: `Tin tức – ${SITE.name}`,
    description: SITE.description,
    site: context.site ?? SITE.name,
    customData: '<language>vi</language>',
    // The latest only: readers poll the feed, and the news list and its archive hold the rest.
    items: articles.slice(0, SITE.feedItems).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.pubDate,
      link: articleUrl(article.id),
      categories: article.data.tags,
    })),
  });
}
