/**
 * The "yaml-list" format of the web editor: turns a content/*.yaml file (a list of records) into the
 * shape Decap's forms can edit, and back.
 * - Decap edits objects, not lists, so the list becomes `items`.
 * - Decap has no either/or object, so `verification` becomes a one-item list whose item type is its
 *   status (see config.ts), and `hours` keeps only the part that applies (24/7 or periods).
 * - Comments in the file (sources, notes for the next editor) are kept: the header as it was, and the
 *   comment above each record by its id.
 */
import { Document, isMap, isSeq, parseDocument, type Node } from 'yaml';

/** The format's name in the editor config and in the browser script that registers it. */
export const YAML_LIST_FORMAT = 'yaml-list';

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

export function listToFile(form: ListForm): string {
  const doc = new Document((form.items ?? []).map(recordFromForm));
  if (form.header) doc.commentBefore = form.header;
  if (isSeq(doc.contents)) {
    for (const node of doc.contents.items as Node[]) {
      const id = isMap(node) ? node.get('id') : undefined;
      const comment = typeof id === 'string' ? form.comments?.[id] : undefined;
      if (comment) node.commentBefore = comment;
      node.spaceBefore = true;
    }
  }
  return doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).replace(/^\n/, '');
}

export function recordToForm(record: Record_): Record_ {
  const form = { ...record };
  if (isObject(form.verification)) form.verification = [form.verification];
  return form;
}

export function recordFromForm(form: Record_): Record_ {
  const record = dropEmpty(form) as Record_;
  if (Array.isArray(record.verification)) record.verification = record.verification[0];
  if (isObject(record.hours)) {
    const { alwaysOpen, periods, note } = record.hours as Record_;
    record.hours = alwaysOpen ? { alwaysOpen: true, ...(note ? { note } : {}) } : { periods, ...(note ? { note } : {}) };
  }
  return record;
}

/** Forms leave empty strings, nulls and empty objects for fields nobody filled in; the file should not. */
function dropEmpty(value: unknown): unknown {
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
