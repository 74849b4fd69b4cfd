/** Awareness material: lessons per audience, FAQ, myths and facts, and the plan's targets. */
import { z } from 'astro/zod';
import { audience, slug, source, text, verification } from './common.ts';
import { recordings } from './languages.ts';

/** A lesson plan for teachers and facilitators: objectives, a timed activity plan, discussion questions. */
const teacherPlan = z
  .object({
    objectives: z.array(text('mục tiêu')).min(1),
    activities: z
      .array(z.object({ minutes: z.number().int().positive(), title: text('tên hoạt động'), description: text('cách làm') }).strict())
      .min(1),
    questions: z.array(text('câu hỏi thảo luận')).min(1),
  })
  .strict()
  .refine((plan) => plan.activities.reduce((sum, activity) => sum + activity.minutes, 0) === 45, {
    error: 'Tổng thời gian các hoạt động ("activities.minutes") phải đúng 45 phút (một tiết học).',
  });

/** Multiple-choice questions that run in the browser; nothing is stored or sent. */
const quizQuestion = z
  .object({
    question: text('câu hỏi'),
    options: z.array(text('phương án')).min(2).max(5),
    /** Index (from 0) of the correct option. */
    answer: z.number().int().min(0),
    explanation: text('giải thích đáp án'),
  })
  .strict()
  .refine((q) => q.answer < q.options.length, { error: 'Đáp án ("answer") phải là số thứ tự của một phương án, tính từ 0.' });

export const materialSchema = z
  .object({
    title: text('tiêu đề ("title")'),
    description: text('mô tả ngắn ("description")'),
    audience,
    order: z.number({ error: 'Thứ tự ("order") phải là một số.' }),
    keyMessages: z.array(text('thông điệp chính')).min(1, { error: 'Cần ít nhất một thông điệp chính ("keyMessages").' }),
    /** Hotlines shown in the lesson's "Cần giúp ngay?" box, by id from content/hotlines.yaml. */
    helpHotlines: z.array(text('mã đường dây nóng')).min(1).default(['tong-dai-111', 'cong-an-113']),
    teacher: teacherPlan.optional(),
    quiz: z.array(quizQuestion).default([]),
    verification,
    recordings,
  })
  .strict();

const sourced = { sources: z.array(source).min(1, { error: 'Cần ít nhất một nguồn ("sources").' }) };

export const faqSchema = z
  .object({
    id: slug,
    question: text('câu hỏi'),
    answer: text('câu trả lời'),
    topic: text('chủ đề'),
    /** Hotlines the answer tells readers to call, by id; the page shows their hours and cost from the hotline data. */
    hotlines: z.array(slug).default([]),
    verification,
  })
  .strict();

export const mythSchema = z
  .object({ id: slug, myth: text('quan niệm sai ("myth")'), fact: text('sự thật ("fact")'), explanation: text('giải thích'), verification })
  .strict();

export const planTargetSchema = z
  .object({
    id: slug,
    group: text('nhóm chỉ tiêu'),
    target: text('nội dung chỉ tiêu'),
    /** The number in the plan, e.g. 70 for "ít nhất 70%". */
    value: z.number().optional(),
    unit: text('đơn vị').optional(),
    planSection: text('mục trong kế hoạch'),
    verification,
  })
  .strict();
