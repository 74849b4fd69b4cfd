/**
 * The single description of every content type on the site. Staff edit files under content/; each
 * collection below says where its files are and what they must contain (schemas live in src/schemas/).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_FILES, CONTENT_ROOT, hasTranslations } from './content-layout.ts';
import { articleSchema, guideSchema } from './schemas/articles.ts';
import { faqSchema, materialSchema, mythSchema, planTargetSchema } from './schemas/learning.ts';
import { translationSchema } from './schemas/languages.ts';
import { agencySchema, planProgressSchema, reachMonthSchema } from './schemas/plan.ts';
import { communeSchema, hotlineSchema, serviceSchema, siteSchema } from './schemas/records.ts';
import { searchKeywordsSchema } from './schemas/search.ts';

const mdx = ({ dir, pattern }: { dir: string; pattern: string }) => glob({ pattern, base: `${CONTENT_ROOT}/${dir}` });
const yaml = (name: string) => file(`${CONTENT_ROOT}/${name}`);
/** Until a translator provides one, the empty translations folder is not a warning. */
const noFilesYet = { name: 'no-files-yet', load: async ({ store }: { store: { clear: () => void } }) => store.clear() };

export const collections = {
  articles: defineCollection({ loader: mdx(CONTENT_FILES.articles), schema: ({ image }) => articleSchema(image) }),
  guides: defineCollection({ loader: mdx(CONTENT_FILES.guides), schema: guideSchema }),
  materials: defineCollection({ loader: mdx(CONTENT_FILES.materials), schema: materialSchema }),
  hotlines: defineCollection({ loader: yaml(CONTENT_FILES.hotlines.file), schema: hotlineSchema }),
  services: defineCollection({ loader: yaml(CONTENT_FILES.services.file), schema: serviceSchema }),
  sites: defineCollection({ loader: yaml(CONTENT_FILES.sites.file), schema: siteSchema }),
  communes: defineCollection({ loader: yaml(CONTENT_FILES.communes.file), schema: communeSchema }),
  faq: defineCollection({ loader: yaml(CONTENT_FILES.faq.file), schema: faqSchema }),
  myths: defineCollection({ loader: yaml(CONTENT_FILES.myths.file), schema: mythSchema }),
  planTargets: defineCollection({ loader: yaml(CONTENT_FILES.planTargets.file), schema: planTargetSchema }),
  translations: defineCollection({ loader: hasTranslations() ? mdx(CONTENT_FILES.translations) : noFilesYet, schema: translationSchema }),
  planProgress: defineCollection({ loader: yaml(CONTENT_FILES.planProgress.file), schema: planProgressSchema }),
  agencies: defineCollection({ loader: yaml(CONTENT_FILES.agencies.file), schema: agencySchema }),
  reach: defineCollection({ loader: yaml(CONTENT_FILES.reach.file), schema: reachMonthSchema }),
  searchKeywords: defineCollection({ loader: yaml(CONTENT_FILES.searchKeywords.file), schema: searchKeywordsSchema }),
};
