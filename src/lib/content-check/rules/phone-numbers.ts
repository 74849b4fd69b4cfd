/**
 * Phone numbers typed by hand go stale; they must come from content/hotlines.yaml. Pages (MDX) use
 * <Hotline id="…" /> in the body and may not type a number in any frontmatter field; data records (YAML)
 * have no <Hotline>, so a number in their text must be one of the hotline numbers (a typo or an unknown
 * number is caught). Number fields themselves ("number", "phones") are checked by the schemas, and source
 * titles may cite anything.
 */
import { lineOfNode, walk } from '../mdx-tree.ts';
import { fieldLabel, type ContentProblem, type Rule } from '../types.ts';
import { phoneDigits } from '../../phone.ts';
import { eachString } from '../values.ts';

/** Full numbers: 1800/1900 lines, mobiles and landlines. */
const FULL_NUMBER = /(?<![\d/.,-])(?:1[89]00[\s.]?\d{2}[\s.]?\d{2}(?:[\s.]?\d{2})?|0[2-9]\d{1,3}[\s.]?\d{2,4}[\s.]?\d{2,4}(?:[\s.]?\d{2})?)(?![\d/])/gu;
/** Short national numbers written as something to dial ("gọi 113"); in a headline "Đường dây nóng 111" is a name. */
const PHONE_IN_PROSE = new RegExp(`${FULL_NUMBER.source}|(?:gọi|số|tổng đài|đường dây nóng)\\s+11[1-5]\\b`, 'giu');

/** Fields that hold phone numbers as data, or cite documents: not prose. */
const NOT_PROSE = new Set(['number', 'phones', 'sources', 'documents']);

const fix = (found: string) => `Không ghi số điện thoại trực tiếp ("${found}") trong bài. Dùng <Hotline id="..." /> để số luôn lấy từ content/hotlines.yaml và không bao giờ bị cũ.`;

export const phoneNumbers: Rule = {
  name: 'so-trong-bai',
  check: (content) => {
    const problems: ContentProblem[] = [];
    const hotlineNumbers = new Set(content.entries('hotlines').map((entry) => phoneDigits(String(entry.data.number ?? ''))));
    for (const entry of content.all()) {
      const file = entry.source.rel;
      eachString(entry.data, (text, path) => {
        if (path.some((part) => NOT_PROSE.has(String(part)))) return;
        for (const match of text.matchAll(FULL_NUMBER)) {
          const field = path.join('.');
          if (!entry.tree && hotlineNumbers.has(phoneDigits(match[0]))) continue;
          problems.push({
            file,
            line: content.lineOf(entry, path),
            field: fieldLabel(entry, field),
            message: entry.tree
              ? `Không ghi số điện thoại ("${match[0]}") trong trường "${field}": số gõ tay sẽ bị cũ. Bỏ số khỏi trường này; trong thân bài, dùng <Hotline id="..." /> để hiện số đúng.`
              : `Số "${match[0]}" không có trong content/hotlines.yaml. Kiểm tra lại số; nếu là đường dây mới, thêm vào content/hotlines.yaml (có nguồn) trước.`,
          });
        }
      });
      if (!entry.tree) continue;
      walk(entry.tree, (node, parent) => {
        if (node.type === 'link' && /^tel:/i.test(node.url ?? '')) {
          problems.push({ file, line: lineOfNode(node), field: 'số điện thoại', message: fix(node.url?.slice(4) ?? '') });
        }
        if (node.type !== 'text' || parent?.type === 'link') return;
        const value = String(node.value ?? '');
        for (const match of value.matchAll(PHONE_IN_PROSE)) {
          const line = (lineOfNode(node) ?? 1) + (value.slice(0, match.index).match(/\n/g)?.length ?? 0);
          problems.push({ file, line, field: 'số điện thoại', message: fix(match[0]) });
        }
      });
    }
    return problems;
  },
};
