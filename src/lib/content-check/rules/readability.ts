/** Plain language: sentences over 35 syllables (logic and which pages are strict in src/lib/readability.ts). */
import { CHECKED_YAML, readabilityFindings, STRICT_GUIDE_SECTIONS, STRICT_GUIDES, STRICT_YAML } from '../../readability.ts';
import type { Rule } from '../types.ts';

export const readability: Rule = {
  name: 'cau-dai',
  check: (content) => {
    const prose = [
      ...[...content.entries('guides'), ...content.entries('materials')].map((entry) => ({
        file: entry.source.rel,
        kind: 'mdx' as const,
        text: entry.body ?? '',
        firstLine: entry.bodyLine ?? 1,
        strict: STRICT_GUIDES.includes(entry.id) || STRICT_GUIDE_SECTIONS.includes(String(entry.data.section)),
      })),
      ...content.files
        .filter((file) => [...STRICT_YAML, ...CHECKED_YAML].some((name) => file.rel === `content/${name}` || file.rel.endsWith(`/${name}`)))
        .map((file) => ({ file: file.rel, kind: 'yaml' as const, text: file.text, firstLine: 1, strict: STRICT_YAML.some((name) => file.rel.endsWith(name)) })),
    ];
    return readabilityFindings(prose).map((finding) => ({
      file: finding.file,
      line: finding.line,
      field: 'câu dài',
      message: finding.message,
      ...(finding.severity === 'warning' ? { severity: 'warning' as const } : {}),
    }));
  },
};
