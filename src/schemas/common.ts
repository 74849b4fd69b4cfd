/**
 * Schema pieces shared by every content type. Messages are in plain Vietnamese and say how to fix the
 * problem, because the people who read them are communication staff, not developers.
 */
import { z } from 'astro/zod';
import { isSlug } from '../lib/fold.ts';
import { parsePhone, PHONE_FORMAT_HELP } from '../lib/phone.ts';
import { WEEKDAYS } from '../lib/schedule.ts';

/** Vietnamese text, NFC-normalised so the same word always has the same bytes. */
export const text = (what: string) =>
  z
    .string({ error: `Cần ${what} (một đoạn chữ).` })
    .trim()
    .min(1, { error: `${capitalise(what)} không được để trống.` })
    .transform((value) => value.normalize('NFC'));

/** A calendar date written as YYYY-MM-DD. */
export const day = (what: string) =>
  z.coerce.date({
    error: `${capitalise(what)} phải là ngày hợp lệ, viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-03-01.`,
  });

export const url = z.url({ error: 'Đường dẫn phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.' });

export const slug = z.string().refine(isSlug, {
  error: 'Mã (id) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "duong-day-nong-111".',
});

export const phone = z.string({ error: 'Số điện thoại phải viết trong dấu ngoặc kép, ví dụ "1800 1233".' }).refine(
  (value) => parsePhone(value) !== undefined,
  { error: (issue) => `Số điện thoại "${String(issue.input)}" không hợp lệ. ${PHONE_FORMAT_HELP}` },
);

export const source = z.object(
  {
    title: text('tên nguồn'),
    url: url.optional(),
  },
  { error: 'Mỗi nguồn cần có "title" (tên văn bản hoặc bài báo) và có thể có "url".' },
);

const sources = z
  .array(source, { error: 'Cần danh sách nguồn ("sources"), mỗi nguồn có "title" và "url".' })
  .min(1, { error: 'Cần ít nhất một nguồn trong "sources" để người đọc kiểm tra được.' });

/**
 * Every record that states a phone number, address, fine, penalty or opening hours carries this: either
 * verified (with its sources and the day someone checked them) or honestly marked unverified.
 */
export const verification = z.discriminatedUnion(
  'status',
  [
    z.object({
      status: z.literal('verified'),
      date: day('Ngày xác minh ("date")').refine((date) => date.getTime() <= Date.now(), {
        error: 'Ngày xác minh không được ở tương lai. Ghi ngày bạn đã thực sự kiểm tra nguồn.',
      }),
      sources,
    }),
    z.object({
      status: z.literal('unverified'),
      reason: text('lý do chưa xác minh ("reason")'),
      howToAsk: text('cách hỏi chính thức ("howToAsk"), ví dụ cơ quan nào, số nào'),
      sources: z.array(source).optional(),
    }),
  ],
  {
    error:
      'Cần mục "verification" với "status: verified" (kèm "date" và "sources") hoặc "status: unverified" (kèm "reason" và "howToAsk").',
  },
);

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ viết theo dạng HH:MM, ví dụ "07:30".' });

export const schedule = z.union(
  [
    z.object({ alwaysOpen: z.literal(true), note: text('ghi chú').optional() }),
    z.object({
      periods: z
        .array(
          z
            .object({
              days: z.array(z.enum(WEEKDAYS, { error: `Ngày trong tuần là một trong: ${WEEKDAYS.join(', ')}.` })).min(1),
              opens: hhmm,
              closes: hhmm,
            })
            .refine((period) => period.opens < period.closes, { error: 'Giờ đóng cửa ("closes") phải sau giờ mở cửa ("opens").' }),
        )
        .min(1),
      note: text('ghi chú').optional(),
    }),
  ],
  { error: 'Giờ làm việc: ghi "alwaysOpen: true" (24/7) hoặc danh sách "periods" với "days", "opens", "closes".' },
);

export const AUDIENCES = ['hoc-sinh-sinh-vien', 'nguoi-lao-dong', 'phu-huynh-thay-co', 'chu-co-so-kinh-doanh'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const audience = z.enum(AUDIENCES, { error: `Đối tượng phải là một trong: ${AUDIENCES.join(', ')}.` });

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
