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

export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const lines = [`✗ ${location}${problem.field ? ` — ${problem.field}` : ''}`, `  ${problem.message}`];
  if (problem.technical) lines.push(`  (chi tiết kỹ thuật: ${problem.technical})`);
  return lines.join('\n');
}
