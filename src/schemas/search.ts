/** Words readers type for a page (content/search-keywords.yaml): search ranks that page first for them. */
import { z } from 'astro/zod';
import { text } from './common.ts';

/** More than a handful of words per page would make it win searches it does not answer. */
export const SEARCH_KEYWORDS_MAX = 12;
/** A page's path as in the address bar: lower-case ASCII segments, starting and ending with "/". */
export const PAGE_PATH_PATTERN = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

export const searchKeywordsSchema = z
  .object({
    id: z.string().regex(PAGE_PATH_PATTERN, {
      error: 'Đường dẫn trang ("id") viết như trên thanh địa chỉ, chữ thường không dấu, bắt đầu và kết thúc bằng "/", ví dụ /duong-day-nong/.',
    }),
    keywords: z
      .array(text('từ khóa'))
      .min(1, { error: 'Cần ít nhất một từ khóa ("keywords").' })
      .max(SEARCH_KEYWORDS_MAX, { error: `Tối đa ${SEARCH_KEYWORDS_MAX} từ khóa cho một trang: nhiều hơn thì trang sẽ chen vào cả những tìm kiếm nó không trả lời được.` }),
  })
  .strict();
