/**
 * Links inside the site must reach a page that exists, and a "#anchor" must reach a heading (or id) on
 * that page. Unsafe and http:// addresses are refused by mdx-safety.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { AUDIENCES } from '../../../schemas/common.ts';
import { slugify } from '../../fold.ts';
import { audienceUrl, ROUTES, tagUrl } from '../../routes.ts';
import { attribute, lineOfNode, textOf, walk } from '../mdx-tree.ts';
import type { ContentProblem, ContentSet, Entry, Rule } from '../types.ts';
import { entryUrl } from './unique-urls.ts';

/** Heading ids the way Astro makes them (github-slugger over the heading text), plus explicit ids. */
export function anchorsOf(entry: Entry): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  walk(entry.tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
    const id = node.attributes ? attribute(node, 'id') : undefined;
    if (id) anchors.add(id);
  });
  return anchors;
}

/** Ids the page layouts add around the body ("#dieu-can-biet", "#van-ban"…), read once from the .astro files. */
let cachedLayoutAnchors: Set<string> | undefined;
function layoutAnchors(): Set<string> {
  if (cachedLayoutAnchors) return cachedLayoutAnchors;
  const src = join(import.meta.dirname, '../../..');
  const ids = new Set<string>();
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro'))) {
    for (const match of readFileSync(join(src, file), 'utf8').matchAll(/\bid="([a-z0-9-]+)"/g)) ids.add(match[1] ?? '');
  }
  cachedLayoutAnchors = ids;
  return ids;
}

/** Every page address the content will produce, with the MDX entry behind it (for its anchors) when there is one. */
export function sitePages(content: ContentSet): Map<string, Entry | undefined> {
  const tags = content.entries('articles').flatMap((entry) => (Array.isArray(entry.data.tags) ? entry.data.tags.map(String) : []));
  const pages = new Map<string, Entry | undefined>([
    ...Object.values(ROUTES).map((url): [string, undefined] => [url, undefined]),
    ...tags.map((tag): [string, undefined] => [tagUrl(slugify(tag)), undefined]),
    ...AUDIENCES.map((audience): [string, undefined] => [audienceUrl(audience), undefined]),
  ]);
  for (const entry of content.all()) {
    const url = entryUrl(entry);
    if (url) pages.set(url, entry.tree ? entry : pages.get(url));
  }
  return pages;
}

export const links: Rule = {
  name: 'lien-ket-hong',
  check: (content) => {
    const pages = sitePages(content);
    const fromLayouts = layoutAnchors();
    const anchorCache = new Map<Entry, Set<string>>();
    const anchors = (entry: Entry) => anchorCache.get(entry) ?? anchorCache.set(entry, anchorsOf(entry)).get(entry) ?? new Set<string>();

    const problems: ContentProblem[] = [];
    for (const entry of content.all()) {
      walk(entry.tree, (node) => {
        if (node.type !== 'link' && node.type !== 'definition') return;
        const url = node.url ?? '';
        const add = (message: string) => problems.push({ file: entry.source.rel, line: lineOfNode(node), field: 'liên kết', message });
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return;
        const [rawPath = '', hash] = url.split('#', 2) as [string, string | undefined];
        const path = rawPath.split('?')[0] ?? '';
        if (path && !path.startsWith('/')) {
          add(`Liên kết "${url}" phải là địa chỉ đầy đủ https://… hoặc đường dẫn trong website bắt đầu bằng "/", ví dụ "/duong-day-nong/".`);
          return;
        }
        const normalised = !path || path.endsWith('/') || /\.[a-z0-9]+$/.test(path) ? path : `${path}/`;
        if (path && !pages.has(normalised)) {
          add(`Liên kết tới "${path}" không trỏ tới trang nào của website. Kiểm tra lại đường dẫn (chữ thường, không dấu, kết thúc bằng "/").`);
          return;
        }
        if (hash === undefined) return;
        const target = path ? pages.get(normalised) : entry;
        if (!target) return;
        const known = anchors(target);
        if (!known.has(decodeURIComponent(hash)) && !fromLayouts.has(hash)) {
          const list = [...known].slice(0, 8).map((a) => `#${a}`).join(', ');
          add(`Không có mục "#${hash}" trong ${path ? `trang ${path}` : 'bài này'}. Tên mục lấy từ tiêu đề ## của trang: chữ thường, nối bằng gạch ngang${list ? `; các mục có: ${list}` : ''}.`);
        }
      });
    }
    return problems;
  },
};
