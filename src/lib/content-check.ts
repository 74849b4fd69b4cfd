/**
 * The pre-build content check. It reads content/ once, the way Astro will (src/lib/content-check/load.ts),
 * then runs every rule in src/lib/content-check/rules/ over it. Every problem names the file, the line,
 * the field and the fix, in Vietnamese. How to add a rule or a data file: src/lib/content-check/README.md.
 */
import { loadContent } from './content-check/load.ts';
import { RULES } from './content-check/rules/index.ts';
import type { ContentProblem } from './content-check/types.ts';

export type { ContentProblem } from './content-check/types.ts';

export function checkContent(root: string): ContentProblem[] {
  const { content, problems } = loadContent(root);
  for (const rule of RULES) problems.push(...rule.check(content));
  return problems;
}

/**
 * What the check found, as staff read it: warnings (printed, never blocking) and errors (which stop the
 * build). Shared by `npm run check:content` and `npm run build`.
 */
export function reportProblems(problems: ContentProblem[]): { errors: ContentProblem[]; report: string } {
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  const parts: string[] = [];
  if (warnings.length > 0) {
    parts.push(`Nội dung có ${warnings.length} cảnh báo (không chặn xuất bản, nên sửa):\n\n${warnings.map(formatProblem).join('\n\n').replaceAll('✗', '⚠')}`);
  }
  if (errors.length > 0) {
    parts.push(`Nội dung có ${errors.length} lỗi cần sửa trước khi xuất bản:\n\n${errors.map(formatProblem).join('\n\n')}\n\nXem hướng dẫn sửa lỗi trong CONTRIBUTING.md, mục "Khi bản dựng báo lỗi".`);
  }
  return { errors, report: parts.join('\n\n') };
}

export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const lines = [`✗ ${location}${problem.field ? ` — ${problem.field}` : ''}`, `  ${problem.message}`];
  if (problem.technical) lines.push(`  (chi tiết kỹ thuật: ${problem.technical})`);
  return lines.join('\n');
}
