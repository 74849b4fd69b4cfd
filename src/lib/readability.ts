/**
 * Plain-language check: finds sentences too long to read easily on a phone. Vietnamese writes one
 * syllable per word-token, so syllables are counted as the space-separated tokens of a sentence.
 * Pure: callers pass the text and say whether a long sentence is a warning or an error.
 */

/** Sentences longer than this are hard to follow for many readers (issue #15). */
export const MAX_SYLLABLES = 35;

export interface LongSentence {
  /** Line in the file, counting from 1. */
  line: number;
  syllables: number;
  /** The first words, so staff can find the sentence. */
  excerpt: string;
}

/** Prose fields of the YAML records that residents read. */
const YAML_PROSE_FIELD = /^\s*-?\s*(target|myth|fact|description|whenToCall|whatHappens|cost|howToAccess|confidentiality|fees|reason|howToAsk|answer|explanation):\s*"(.*)"\s*$/;

export function countSyllables(sentence: string): number {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Markdown and MDX reduced to the words a reader sees. */
export function plainText(line: string): string {
  return line
    .replace(/<Hotline\s+id=["'][^"']*["'][^>]*\/>/g, 'số')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, ' ');
}

/** Sentences end at . ! ? followed by a space (so 1.000.000 and 01/3/2026 stay whole). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|;\s+(?=[\p{Lu}])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function longInLine(text: string, line: number, max: number): LongSentence[] {
  return sentencesOf(plainText(text))
    .map((sentence) => ({ sentence, syllables: countSyllables(sentence) }))
    .filter(({ syllables }) => syllables > max)
    .map(({ sentence, syllables }) => ({ line, syllables, excerpt: `${sentence.split(/\s+/).slice(0, 8).join(' ')}…` }));
}

/** Long sentences in an MDX body; tables, code and import lines are not prose. */
export function longSentencesInMdx(body: string, firstLine: number, max: number = MAX_SYLLABLES): LongSentence[] {
  let inCode = false;
  return body.split('\n').flatMap((text, index) => {
    if (/^\s*```/.test(text)) inCode = !inCode;
    if (inCode || /^\s*(\||import\s|export\s)/.test(text)) return [];
    return longInLine(text, firstLine + index, max);
  });
}

/** Long sentences in the prose fields of a YAML file, one field per line as staff write them. */
export function longSentencesInYaml(source: string, max: number = MAX_SYLLABLES): LongSentence[] {
  return source.split('\n').flatMap((text, index) => {
    const value = YAML_PROSE_FIELD.exec(text)?.[2];
    return value ? longInLine(value, index + 1, max) : [];
  });
}

/** The staff-facing message: where, how long, and what to do. */
export function describeLongSentence(sentence: LongSentence, max: number = MAX_SYLLABLES): string {
  return `Câu dài ${sentence.syllables} tiếng (nên từ ${max} tiếng trở xuống): "${sentence.excerpt}". Tách thành hai hay ba câu ngắn để người đọc dễ hiểu.`;
}

/**
 * The pages residents use most (hotlines; the locator: testing guide and service points; help pages: guides
 * in "ho-tro", support services, FAQ, myths, online safety): a long sentence there is an error, elsewhere a warning.
 */
export const STRICT_YAML = ['hotlines.yaml', 'sites.yaml', 'services.yaml', 'faq.yaml', 'myths.yaml'];
export const STRICT_GUIDES = ['xet-nghiem-hiv', 'an-toan-khi-truy-cap'];
export const STRICT_GUIDE_SECTIONS = ['ho-tro'];
/** Other records residents read, checked as warnings. */
export const CHECKED_YAML = ['plan-targets.yaml'];

export interface ReadableText {
  file: string;
  kind: 'mdx' | 'yaml';
  text: string;
  /** Line of the file where `text` starts. */
  firstLine: number;
  strict: boolean;
}

export interface ReadabilityFinding {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export function readabilityFindings(texts: readonly ReadableText[], max: number = MAX_SYLLABLES): ReadabilityFinding[] {
  return texts.flatMap(({ file, kind, text, firstLine, strict }) =>
    (kind === 'mdx' ? longSentencesInMdx(text, firstLine, max) : longSentencesInYaml(text, max)).map((sentence) => ({
      file,
      line: sentence.line,
      message: describeLongSentence(sentence, max),
      severity: strict ? ('error' as const) : ('warning' as const),
    })),
  );
}
