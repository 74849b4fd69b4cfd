/**
 * The web editor's two file formats, which turn content files into the shape Decap's forms can edit,
 * and back:
 * - "yaml-list" for content/*.yaml. Decap edits objects, not lists, so the list becomes `items`.
 *   Comments in the file (sources, notes for the next editor) are kept: the header as it was, and the
 *   comment above each record by its id.
 * - "mdx-frontmatter" for articles and lessons: YAML between "---" lines, then the MDX body.
 * In both, blocks that are "none or one" become lists of at most one item, because Decap checks the
 * required fields of an optional object even when it is left empty, and has no either/or object:
 * `verification` is a one-item list whose item type is its status (see config.ts), `cover` a list of
 * at most one image. `hours` keeps only the part that applies (24/7 or periods).
 */
import { Document, isMap, isSeq, parseDocument, visit, type Node } from 'yaml';

/** Format names, shared by the editor config and the browser script that registers them. */
export const YAML_LIST_FORMAT = 'yaml-list';
export const MDX_FORMAT = 'mdx-frontmatter';

const ONE_ITEM_LISTS = ['verification', 'cover', 'reported'];
const YAML_STYLE = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;
/** Ids, keywords and dates stay unquoted, as staff write them; everything else is double-quoted. */
const PLAIN_VALUE = /^(?!(true|false|null|yes|no|on|off)$)([a-z][a-z0-9]*(-[a-z0-9]+)*|\d{4}-\d{2}-\d{2})$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

type Record_ = Record<string, unknown>;

export interface ListForm {
  header?: string;
  comments?: Record<string, string>;
  items: Record_[];
}

export function listFromFile(text: string): ListForm {
  const doc = parseDocument(text);
  const items = (doc.toJS() ?? []) as Record_[];
  const comments: Record<string, string> = {};
  if (isSeq(doc.contents)) {
    for (const node of doc.contents.items as Node[]) {
      const id = isMap(node) ? node.get('id') : undefined;
      if (typeof id === 'string' && node.commentBefore) comments[id] = node.commentBefore;
    }
  }
  return {
    ...(doc.commentBefore ? { header: doc.commentBefore } : {}),
    ...(Object.keys(comments).length ? { comments } : {}),
    items: items.map(recordToForm),
  };
}

/**
 * Decap hands data back with its keys in no useful order; `orders` (the field names of every form, see
 * fieldOrders() in config.ts) puts them back, so a one-field edit is a one-line change in git.
 */
export function listToFile(form: ListForm, orders: string[][] = []): string {
  const doc = new Document((form.items ?? []).map((item) => sortKeys(recordFromForm(item), orders)));
  if (form.header) doc.commentBefore = form.header;
  if (isSeq(doc.contents)) {
    for (const node of doc.contents.items as Node[]) {
      const id = isMap(node) ? node.get('id') : undefined;
      const comment = typeof id === 'string' ? form.comments?.[id] : undefined;
      if (comment) node.commentBefore = comment;
      node.spaceBefore = true;
    }
  }
  return yamlText(doc).replace(/^\n/, '');
}

export function mdxFromFile(text: string): Record_ {
  const match = FRONTMATTER.exec(text);
  const data = (match ? parseDocument(match[1] ?? '').toJS() : {}) as Record_ | null;
  return { ...recordToForm(data ?? {}), body: text.slice(match?.[0].length ?? 0).replace(/^\r?\n/, '') };
}

export function mdxToFile(form: Record_, orders: string[][] = []): string {
  const { body, ...data } = form;
  const frontmatter = yamlText(new Document(sortKeys(recordFromForm(data), orders)));
  const text = typeof body === 'string' ? body.trim().normalize('NFC') : '';
  return `---\n${frontmatter}---\n${text ? `\n${text}\n` : ''}`;
}

export function recordToForm(record: Record_): Record_ {
  const form = { ...record };
  // Per-commune figures are a map { commune: number } in the file and a list in the form.
  const reported = form.reported;
  if (isObject(reported) && isObject(reported.communes)) {
    form.reported = { ...reported, communes: Object.entries(reported.communes).map(([commune, value]) => ({ commune, value })) };
  }
  for (const key of ONE_ITEM_LISTS) if (isObject(form[key])) form[key] = [form[key]];
  return form;
}

export function recordFromForm(form: Record_): Record_ {
  const record = dropEmpty(form) as Record_;
  for (const key of ONE_ITEM_LISTS) {
    if (!Array.isArray(record[key])) continue;
    if (record[key].length) record[key] = record[key][0];
    else delete record[key];
  }
  const figure = record.reported;
  if (isObject(figure) && Array.isArray(figure.communes)) {
    figure.communes = Object.fromEntries((figure.communes as Record_[]).map((row) => [row.commune, row.value]));
  }
  // Decap writes "images/x.jpg" (it normalises away the "./" of public_folder); Astro and the content
  // check read a cover path relative to the article only when it starts with "./".
  const cover = record.cover as Record_ | undefined;
  if (typeof cover?.src === 'string' && cover.src.startsWith('images/')) cover.src = `./${cover.src}`;
  if (isObject(record.hours)) {
    const { alwaysOpen, periods, note } = record.hours as Record_;
    record.hours = alwaysOpen ? { alwaysOpen: true, ...(note ? { note } : {}) } : { periods, ...(note ? { note } : {}) };
  }
  return record;
}

function yamlText(doc: Document): string {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && PLAIN_VALUE.test(node.value)) node.type = 'PLAIN';
    },
  });
  return doc.toString(YAML_STYLE);
}

function sortKeys(value: unknown, orders: string[][]): Record_ {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item, orders)) as unknown as Record_;
  if (!isObject(value)) return value as Record_;
  const keys = Object.keys(value);
  const fit = (order: string[]) => keys.filter((key) => order.includes(key)).length;
  const order = orders.reduce<string[]>((best, candidate) => (fit(candidate) > fit(best) ? candidate : best), []);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([key, inner]) => [key, sortKeys(inner, orders)]),
  );
}

/**
 * Forms leave empty strings, nulls and empty objects for fields nobody filled in; the file should not.
 * Text is stored NFC, as the content check requires, whatever keyboard typed it.
 */
function dropEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (!isObject(value)) return value;
  const out: Record_ = {};
  for (const [key, inner] of Object.entries(value)) {
    const cleaned = dropEmpty(inner);
    if (cleaned === '' || cleaned === null || cleaned === undefined) continue;
    if (isObject(cleaned) && Object.keys(cleaned).length === 0) continue;
    out[key] = cleaned;
  }
  return out;
}

function isObject(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
