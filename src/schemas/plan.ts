/**
 * The plan as a monitored programme: reported progress per target, each responsible body's duties
 * (section V of the plan) and the monthly reach figures counted from the host's logs.
 */
import { z } from 'astro/zod';
import { day, slug, source, text } from './common.ts';

const sources = z.array(source).min(1, { error: 'Cần ít nhất một nguồn ("sources"), ví dụ báo cáo quý của Sở Y tế.' });
const count = (what: string) => z.number({ error: `${what} phải là một số.` }).min(0, { error: `${what} không được âm.` });

/** One reported figure for a target, province-wide and/or per commune, in the target's own unit. */
const reported = z
  .object({
    value: count('Số liệu ("value")').optional(),
    unit: text('đơn vị ("unit"), giống đơn vị của chỉ tiêu'),
    asOf: day('Ngày số liệu ("asOf")'),
    sources,
    /** Per commune (id from content/communes.yaml), only for targets measured in each commune. */
    communes: z.record(slug, count('Số liệu của xã, phường')).default({}),
  })
  .strict()
  .refine((figure) => figure.value !== undefined || Object.keys(figure.communes).length > 0, {
    error: 'Mục "reported" cần số liệu toàn tỉnh ("value") hoặc số liệu từng xã, phường ("communes"). Chưa có số thì xóa cả mục "reported".',
  });

export const planProgressSchema = z
  .object({
    /** The target's id in content/plan-targets.yaml. */
    id: slug,
    /** A short name for the chart, a few words. */
    label: text('tên ngắn trên biểu đồ ("label")').refine((label) => label.length <= 40, {
      error: 'Tên ngắn ("label") dài quá 40 ký tự; biểu đồ cần tên ngắn, nội dung đầy đủ đã có trong bảng.',
    }),
    /** Absent until an official report gives a figure: the site then says "chưa có số liệu", never 0. */
    reported: reported.optional(),
  })
  .strict();

export const agencySchema = z
  .object({
    id: slug,
    name: text('tên cơ quan ("name")'),
    /** Where the duties are written, e.g. "V.2". */
    planSection: text('mục trong Kế hoạch ("planSection")'),
    /** "Đề nghị" bodies are asked, not assigned (the plan cannot instruct the courts or the Front). */
    requested: z.boolean().default(false),
    /** One item per dash in the plan's text, in the plan's order, in plain words. */
    duties: z.array(text('nhiệm vụ')).min(1, { error: 'Cần ít nhất một nhiệm vụ ("duties").' }),
    sources,
  })
  .strict();

/** One month of counts from the host's logs: page requests only, no visitor, no address, no cookie. */
export const reachMonthSchema = z
  .object({
    /** The month, written YYYY-MM. */
    id: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Tháng ("id") viết theo dạng NĂM-THÁNG, ví dụ "2026-10".' }),
    /** Requests for the site's pages (HTML only) in the month. */
    pageRequests: count('Số lượt mở trang ("pageRequests")'),
    /** QR scans: per poster id, per commune id, the number of requests to /q/<poster>/<commune>/. */
    qrScans: z.record(slug, z.record(slug, count('Số lượt quét mã QR'))).default({}),
    sources,
  })
  .strict();
