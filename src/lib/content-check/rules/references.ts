/** Ids that point at other records (communes, hotlines) must exist; a near miss gets "did you mean". */
import { attribute, isJsxElement, lineOfNode, walk } from '../mdx-tree.ts';
import { didYouMean, suggest } from '../suggest.ts';
import { fieldLabel, type Collection, type ContentProblem, type Entry, type Rule } from '../types.ts';

/** Which fields refer to which collection. A new reference is one line here. */
const REFERENCES: Array<{ from: Collection; field: string; to: 'communes' | 'hotlines' }> = [
  { from: 'sites', field: 'commune', to: 'communes' },
  { from: 'services', field: 'communes', to: 'communes' },
  { from: 'materials', field: 'helpHotlines', to: 'hotlines' },
  { from: 'faq', field: 'hotlines', to: 'hotlines' },
];

const known = (entries: Entry[]) =>
  entries.map((entry) => ({
    id: entry.id,
    names: [entry.data.name, ...(Array.isArray(entry.data.formerUnits) ? entry.data.formerUnits : [])].filter((n): n is string => typeof n === 'string'),
  }));

const unknownMessage = {
  communes: (id: string, suggestion?: string) =>
    `Xã/phường "${id}" không có trong content/communes.yaml.${didYouMean(suggestion)} Dùng đúng mã (id) của một trong 45 xã, phường, ví dụ "dien-bien-phu".`,
  hotlines: (id: string, suggestion?: string) =>
    `Không có đường dây nóng mã "${id}" trong content/hotlines.yaml.${didYouMean(suggestion)} Dùng đúng mã, ví dụ "tong-dai-111".`,
};

export const references: Rule = {
  name: 'ma-khong-ton-tai',
  check: (content) => {
    const targets = { communes: known(content.entries('communes')), hotlines: known(content.entries('hotlines')) };
    const problems: ContentProblem[] = [];
    for (const { from, field, to } of REFERENCES) {
      if (content.broken.has(to)) continue;
      const ids = new Set(targets[to].map((item) => item.id));
      for (const entry of content.entries(from)) {
        const value = entry.data[field];
        const refs: Array<[unknown, Array<string | number>]> = Array.isArray(value) ? value.map((ref, i) => [ref, [field, i]]) : [[value, [field]]];
        for (const [ref, path] of refs) {
          if (typeof ref !== 'string' || ids.has(ref)) continue;
          problems.push({ file: entry.source.rel, line: content.lineOf(entry, path), field: fieldLabel(entry, field), message: unknownMessage[to](ref, suggest(ref, targets[to])) });
        }
      }
    }
    const hotlineIds = new Set(targets.hotlines.map((item) => item.id));
    for (const entry of content.broken.has('hotlines') ? [] : content.all()) {
      walk(entry.tree, (node) => {
        if (!isJsxElement(node) || node.name !== 'Hotline') return;
        const id = attribute(node, 'id');
        if (id === undefined || hotlineIds.has(id)) return;
        problems.push({ file: entry.source.rel, line: lineOfNode(node), field: 'Hotline', message: unknownMessage.hotlines(id, suggest(id, targets.hotlines)) });
      });
    }
    return problems;
  },
};
