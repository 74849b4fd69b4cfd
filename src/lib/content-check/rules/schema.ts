/** Every file and record against the same schemas Astro uses (src/schemas/), each issue on its line. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema, guideSchema } from '../../../schemas/articles.ts';
import { faqSchema, materialSchema, mythSchema, planTargetSchema } from '../../../schemas/learning.ts';
import { translationSchema } from '../../../schemas/languages.ts';
import { agencySchema, planProgressSchema, reachMonthSchema } from '../../../schemas/plan.ts';
import { communeSchema, hotlineSchema, serviceSchema, siteSchema } from '../../../schemas/records.ts';
import { searchKeywordsSchema } from '../../../schemas/search.ts';
import { fieldLabel, type Collection, type ContentProblem, type Entry, type Rule } from '../types.ts';

/** One line per collection; a new data file adds its schema here (and its place in content-layout.ts). */
const SCHEMAS: Record<Collection, (entry: Entry) => z.ZodType> = {
  // The cover is checked as a plain path here; Astro's image() checks it again in the build.
  articles: (entry) =>
    articleSchema(() =>
      z.string().refine((src) => existsSync(resolve(dirname(entry.source.path), src)), {
        error: (issue) => `Không tìm thấy ảnh "${String(issue.input)}". Đặt ảnh cạnh bài viết (thư mục content/articles/images/) và ghi đường dẫn như "./images/ten-anh.jpg".`,
      }),
    ),
  guides: () => guideSchema,
  materials: () => materialSchema,
  hotlines: () => hotlineSchema,
  services: () => serviceSchema,
  sites: () => siteSchema,
  communes: () => communeSchema,
  faq: () => faqSchema,
  myths: () => mythSchema,
  planTargets: () => planTargetSchema,
  translations: () => translationSchema,
  planProgress: () => planProgressSchema,
  agencies: () => agencySchema,
  reach: () => reachMonthSchema,
  searchKeywords: () => searchKeywordsSchema,
};

export const schema: Rule = {
  name: 'schema',
  check: (content) =>
    content.all().flatMap((entry) => {
      const result = SCHEMAS[entry.collection](entry).safeParse(entry.data);
      if (result.success) return [];
      return result.error.issues.map((issue): ContentProblem => {
        const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        return {
          file: entry.source.rel,
          line: content.lineOf(entry, path),
          field: fieldLabel(entry, path.map(String).join('.')),
          message:
            unknownKeys.length > 0
              ? `Trường không được hỗ trợ: ${unknownKeys.map((key) => `"${key}"`).join(', ')}. Kiểm tra chính tả tên trường hoặc xóa trường này.`
              : issue.message,
          technical: technicalDetail(issue),
        };
      });
    }),
};

function technicalDetail(issue: z.core.$ZodIssue): string {
  const details: string[] = [issue.code];
  if ('expected' in issue && issue.expected) details.push(`expected ${String(issue.expected)}`);
  if ('input' in issue && issue.input !== undefined) details.push(`received ${JSON.stringify(issue.input)?.slice(0, 60)}`);
  return details.join(', ');
}
