/** News articles and long-form guides: MDX written by communication staff. */
import { z } from 'astro/zod';
import { audience, day, slug, text, url, verification } from './common.ts';
import { recordings } from './languages.ts';


export const GUIDE_SECTIONS = ['phap-luat', 'ho-tro', 'an-toan', 'gioi-thieu'] as const;

/**
 * Longest title and description, in characters: search results, Zalo and Facebook previews and the share
 * image cut anything longer. The content check enforces them (rules/lengths.ts); the web editor shows them.
 */
export const TITLE_MAX_LENGTH = 90;
export const DESCRIPTION_MAX_LENGTH = 220;

/** `image` is Astro's image() helper in the build, a plain path check in the pre-build content check. */
export const articleSchema = <Image extends z.ZodType>(image: () => Image) =>
  z
    .object({
      title: text('tiêu đề ("title")'),
      description: text('mô tả ngắn ("description") để hiện khi chia sẻ lên Zalo, Facebook'),
      pubDate: day('Ngày đăng ("pubDate")'),
      updatedDate: day('Ngày cập nhật ("updatedDate")').optional(),
      author: text('tên tác giả hoặc đơn vị ("author")'),
      tags: z.array(text('chủ đề')).default([]),
      audiences: z.array(audience).default([]),
      cover: z
        .object(
          {
            src: image(),
            alt: text('mô tả ảnh ("alt") cho người khiếm thị'),
          },
          { error: 'Ảnh bìa ("cover") cần "src" (đường dẫn ảnh) và "alt" (mô tả ảnh).' },
        )
        .optional(),
      /** The facts an article reports, with the day someone checked them (dates of events go in the text). */
      verification,
      draft: z.boolean({ error: '"draft" chỉ nhận true (bản nháp) hoặc false.' }).default(false),
    })
    .strict()
    .refine((data) => !data.updatedDate || data.updatedDate >= data.pubDate, {
      error: 'Ngày cập nhật ("updatedDate") không được trước ngày đăng ("pubDate").',
      path: ['updatedDate'],
    });

export const guideSchema = z
  .object({
    title: text('tiêu đề ("title")'),
    description: text('mô tả ngắn ("description")'),
    section: z.enum(GUIDE_SECTIONS, { error: `Mục ("section") phải là một trong: ${GUIDE_SECTIONS.join(', ')}.` }),
    order: z.number({ error: 'Thứ tự ("order") phải là một số, ví dụ 1.' }),
    /** "Điều cần biết": the few facts a reader must leave with. */
    summary: z.array(text('ý chính')).min(1, { error: 'Cần ít nhất một ý trong "summary" (điều cần biết).' }),
    documents: z
      .array(
        z.object({
          number: text('số hiệu văn bản'),
          title: text('tên văn bản'),
          issuer: text('cơ quan ban hành'),
          issued: day('Ngày ban hành ("issued")').optional(),
          inForce: day('Ngày có hiệu lực ("inForce")').optional(),
          status: z.enum(['con-hieu-luc', 'het-hieu-luc', 'chua-xac-minh'], {
            error: 'Tình trạng ("status") là con-hieu-luc, het-hieu-luc hoặc chua-xac-minh.',
          }),
          url: url.optional(),
        }),
      )
      .default([]),
    verification,
    recordings,
    slug: slug.optional(),
  })
  .strict();

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
