/** Awareness material: lessons per audience, FAQ, myths and facts, and the plan's targets. */
import { z } from 'astro/zod';
import { audience, day, slug, source, text } from './common.ts';

export const materialSchema = z
  .object({
    title: text('tiêu đề ("title")'),
    description: text('mô tả ngắn ("description")'),
    audience,
    order: z.number({ error: 'Thứ tự ("order") phải là một số.' }),
    keyMessages: z.array(text('thông điệp chính')).min(1, { error: 'Cần ít nhất một thông điệp chính ("keyMessages").' }),
    sources: z.array(source).default([]),
  })
  .strict();

const sourced = { sources: z.array(source).min(1, { error: 'Cần ít nhất một nguồn ("sources").' }) };

export const faqSchema = z
  .object({ id: slug, question: text('câu hỏi'), answer: text('câu trả lời'), topic: text('chủ đề'), ...sourced })
  .strict();

export const mythSchema = z
  .object({ id: slug, myth: text('quan niệm sai ("myth")'), fact: text('sự thật ("fact")'), explanation: text('giải thích'), ...sourced })
  .strict();

export const planTargetSchema = z
  .object({
    id: slug,
    group: text('nhóm chỉ tiêu'),
    target: text('nội dung chỉ tiêu'),
    /** The number in the plan, e.g. 70 for "ít nhất 70%". */
    value: z.number().optional(),
    unit: text('đơn vị').optional(),
    /** Filled in by staff as reports come in; empty until then. */
    progress: z
      .object({ value: z.number(), asOf: day('Ngày số liệu ("asOf")'), ...sourced })
      .optional(),
    planSection: text('mục trong kế hoạch'),
  })
  .strict();
