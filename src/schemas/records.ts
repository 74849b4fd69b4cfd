/** Data records (YAML) for hotlines, support services, service points and communes. */
import { z } from 'astro/zod';
import { phone, schedule, slug, text, verification } from './common.ts';

export const hotlineSchema = z
  .object({
    id: slug,
    number: phone,
    name: text('tên đường dây ("name")'),
    operator: text('đơn vị trả lời ("operator")'),
    whenToCall: text('khi nào nên gọi ("whenToCall")'),
    whatHappens: text('điều gì xảy ra khi gọi ("whatHappens")'),
    hours: schedule,
    cost: text('chi phí cuộc gọi ("cost")'),
    /** Position in the strip shown on every page; absent = not in the strip. */
    stripOrder: z.number().int().positive().optional(),
    shortLabel: text('nhãn ngắn ("shortLabel")').optional(),
    verification,
  })
  .strict();

export const SERVICE_KINDS = [
  'tro-giup-phap-ly',
  'ho-tro-tam-ly',
  'noi-tam-tru',
  'hoc-nghe-viec-lam',
  'hiv',
  'co-quan-tinh',
] as const;

export const serviceSchema = z
  .object({
    id: slug,
    name: text('tên dịch vụ ("name")'),
    kind: z.enum(SERVICE_KINDS, { error: `Loại dịch vụ ("kind") là một trong: ${SERVICE_KINDS.join(', ')}.` }),
    provider: text('đơn vị cung cấp ("provider")'),
    description: text('mô tả ("description")'),
    phones: z.array(phone).default([]),
    address: text('địa chỉ ("address")').optional(),
    hours: schedule.optional(),
    communes: z.array(slug).default([]),
    verification,
  })
  .strict();

export const SITE_SERVICES = [
  'tu-van-xet-nghiem-hiv',
  'dieu-tri-arv',
  'methadone',
  'prep',
  'tu-xet-nghiem',
  'ho-tro-phap-ly',
  'ho-tro-tam-ly',
] as const;

export const siteSchema = z
  .object({
    id: slug,
    name: text('tên điểm dịch vụ ("name")'),
    commune: slug,
    services: z.array(z.enum(SITE_SERVICES, { error: `Dịch vụ là một trong: ${SITE_SERVICES.join(', ')}.` })).min(1),
    address: text('địa chỉ ("address")').optional(),
    phones: z.array(phone).default([]),
    hours: schedule.optional(),
    fees: text('chi phí ("fees")').optional(),
    confidentiality: text('cách giữ bí mật ("confidentiality")').optional(),
    howToAccess: text('cách đến/đăng ký ("howToAccess")').optional(),
    languages: z.array(text('ngôn ngữ')).default(['Tiếng Việt']),
    coordinates: z.object({ lat: z.number().min(20).max(23), lng: z.number().min(102).max(104) }).optional(),
    verification,
  })
  .strict();

export const communeSchema = z
  .object({
    id: slug,
    name: text('tên xã/phường ("name")'),
    type: z.enum(['xa', 'phuong'], { error: 'Loại ("type") là "xa" hoặc "phuong".' }),
    formerUnits: z.array(text('tên đơn vị cũ')).min(1),
    formerDistricts: z.array(text('tên huyện cũ')).min(1, { error: 'Ghi ít nhất một huyện, thị xã hoặc thành phố cũ ("formerDistricts"), ví dụ "huyện Tuần Giáo".' }),
    spellingVariants: z.array(text('cách viết khác')).default([]),
    verification,
  })
  .strict();
