/**
 * Runs in the browser on /admin/ only, after Decap's own bundle (bundled by src/integrations/admin.ts).
 * Adds what Decap lacks for this site: the "yaml-list" file format and the <Hotline> component.
 */
import { listFromFile, listToFile, YAML_LIST_FORMAT, type ListForm } from './record-shape.ts';

interface HotlineChoice {
  id: string;
  name: string;
  number: string;
}

interface DecapGlobal {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerEventListener(listener: { name: string; handler(event: { entry: ImmutableMap }): ImmutableMap }): void;
}

/** The little of Immutable.js (Decap's entry data) this script touches. */
interface ImmutableMap {
  get(key: string): ImmutableMap;
  getIn(path: string[]): unknown;
  setIn(path: string[], value: unknown): ImmutableMap;
}

/** Filled in at bundle time from content/hotlines.yaml. */
declare const HOTLINES: HotlineChoice[];

const CMS = (window as unknown as { CMS: DecapGlobal }).CMS;

CMS.registerCustomFormat(YAML_LIST_FORMAT, 'yaml', {
  fromFile: (text) => listFromFile(text),
  toFile: (data) => listToFile(data as ListForm),
});

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

// The number always comes from content/hotlines.yaml, so an article never shows an outdated one.
CMS.registerEditorComponent({
  id: 'hotline',
  label: 'Đường dây nóng',
  fields: [
    {
      name: 'id',
      label: 'Đường dây',
      widget: 'select',
      options: HOTLINES.map((hotline) => ({ value: hotline.id, label: `${hotline.number}: ${hotline.name}` })),
    },
  ],
  pattern: /^<Hotline id="([a-z0-9-]+)" \/>$/,
  fromBlock: (match: RegExpMatchArray) => ({ id: match[1] }),
  toBlock: (data: { id?: string }) => `<Hotline id="${data.id ?? ''}" />`,
  toPreview: (data: { id?: string }) => {
    const hotline = HOTLINES.find((item) => item.id === data.id);
    return hotline ? `<strong>${escapeHtml(hotline.number)}</strong> (${escapeHtml(hotline.name)})` : '<em>Chưa chọn đường dây</em>';
  },
});

// Decap writes "images/x.jpg" (it normalises away the "./" of public_folder); Astro and the content check
// read cover paths relative to the article only when they start with "./".
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data');
    const src = data.getIn(['cover', 'src']);
    return typeof src === 'string' && /^images\//.test(src) ? data.setIn(['cover', 'src'], `./${src}`) : data;
  },
});
