/**
 * Extra words indexed with each page so search works the way people type: đ-words spelled with d
 * (Pagefind folds tone marks but not đ) and everyday synonyms of the terms a page uses.
 */
import { fold, foldedVariants } from './fold.ts';
import { buildPlaceIndex, type CommuneNames } from './places.ts';
import { DISCOURAGED_TERMS } from './wording.ts';

/**
 * Words people use for the same thing. A page that uses one is also found by the others, so an everyday
 * word only leads to pages that really use one of the terms of its group.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['HIV', 'SIDA', 'AIDS'],
  ['xét nghiệm', 'test', 'thử máu'],
  ['mại dâm', 'bán dâm', 'mua dâm'],
  ['đường dây nóng', 'hotline', 'tổng đài', 'số điện thoại'],
  ['công an', 'cảnh sát'],
  ['mua bán người', 'buôn người', 'buôn bán người', 'bán người'],
  ['trợ giúp pháp lý', 'luật sư', 'tư vấn pháp luật', 'tư vấn luật'],
  ['bảo kê', 'chống lưng', 'bao che'],
  ['việc nhẹ lương cao', 'việc làm lương cao', 'việc làm dễ', 'hứa việc làm', 'rủ đi làm xa'],
  ['xử phạt', 'tiền phạt', 'mức phạt', 'phạt tiền'],
  ['ARV', 'thuốc kháng HIV'],
  ['PrEP', 'dự phòng trước phơi nhiễm'],
  ['methadone', 'cai nghiện'],
  ['bạo lực', 'đánh đập'],
  ['trạm y tế', 'y tế xã', 'bệnh viện'],
];

/**
 * Words that stigmatise the people this site serves never appear in its text, but people type them: each
 * finds the pages that use the respectful term. Very short ones ("đĩ" folds to "di") would match everything.
 */
const STIGMA_GROUPS: string[][] = [...new Set(DISCOURAGED_TERMS.map((entry) => entry.preferred))].map((preferred) => [
  preferred,
  ...DISCOURAGED_TERMS.filter((entry) => entry.preferred === preferred && fold(entry.term).length > 3).map((entry) => entry.term),
]);

const FOLDED_GROUPS = [...SYNONYM_GROUPS, ...STIGMA_GROUPS].map((group) => group.map(fold));

/** Words to add to a page's search metadata, folded and without repeats. */
export function searchTerms(text: string): string[] {
  const haystack = ` ${fold(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const terms = new Set(foldedVariants(text));
  for (const group of FOLDED_GROUPS) {
    if (group.some((term) => haystack.includes(` ${term} `))) {
      for (const term of group) terms.add(term);
    }
  }
  return [...terms];
}

/** Every word of a text, folded, once. */
export function foldedWords(text: string): string[] {
  return [...new Set(fold(text).split(/[^a-z0-9]+/).filter(Boolean))];
}

/** Every word of a text, folded, with its synonyms: what a page is about, weighted above its body. */
export function topicTerms(text: string): string[] {
  return [...new Set([...foldedWords(text), ...searchTerms(text)])];
}

/**
 * Every name a commune is known by, from the same alias data the locator uses, folded and without "xã",
 * "huyện"…: today's name, the old xã, phường and thị trấn merged into it, other spellings, old districts.
 */
export function placeKeys(commune: CommuneNames): string[] {
  return [...new Set(buildPlaceIndex([commune]).map((alias) => alias.key))];
}

/** The names of the commune itself and of the xã, phường and thị trấn merged into it: not its old districts. */
export function unitPlaceKeys(commune: CommuneNames): string[] {
  return [...new Set(buildPlaceIndex([commune]).filter((alias) => alias.kind !== 'former-district').map((alias) => alias.key))];
}
