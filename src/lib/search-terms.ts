/**
 * Extra words indexed with each page so search works the way people type: đ-words spelled with d
 * (Pagefind folds tone marks but not đ) and everyday synonyms of the terms a page uses.
 */
import { fold, foldedVariants } from './fold.ts';

/** Words people use for the same thing. A page that uses one is also found by the others. */
export const SYNONYM_GROUPS: string[][] = [
  ['HIV', 'SIDA', 'AIDS'],
  ['xét nghiệm', 'test', 'thử máu'],
  ['mại dâm', 'bán dâm', 'mua dâm'],
  ['đường dây nóng', 'hotline', 'tổng đài', 'số điện thoại'],
  ['công an', 'cảnh sát'],
  ['mua bán người', 'buôn người', 'buôn bán người', 'bán người'],
  ['trợ giúp pháp lý', 'luật sư', 'tư vấn pháp luật'],
  ['xử phạt', 'tiền phạt', 'mức phạt', 'phạt tiền'],
  ['ARV', 'thuốc kháng HIV'],
  ['PrEP', 'dự phòng trước phơi nhiễm'],
  ['methadone', 'cai nghiện'],
  ['bạo lực', 'đánh đập'],
  ['trạm y tế', 'y tế xã', 'bệnh viện'],
];

const FOLDED_GROUPS = SYNONYM_GROUPS.map((group) => group.map(fold));

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
