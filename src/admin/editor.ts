/**
 * Runs in the browser on /admin/ only, after Decap's own bundle (bundled by src/integrations/admin.ts).
 * Adds what Decap lacks for this site: our two file formats (record-shape.ts) and the <Hotline> component.
 */
import { listFromFile, listToFile, MDX_FORMAT, mdxFromFile, mdxToFile, YAML_LIST_FORMAT, type ListForm } from './record-shape.ts';

interface HotlineChoice {
  id: string;
  name: string;
  number: string;
}

interface DecapGlobal {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  registerEditorComponent(component: Record<string, unknown>): void;
}

/** Filled in at bundle time: the hotlines from content/hotlines.yaml, and fieldOrders() of config.ts. */
declare const HOTLINES: HotlineChoice[];
declare const FIELD_ORDERS: string[][];

const CMS = (window as unknown as { CMS: DecapGlobal }).CMS;

CMS.registerCustomFormat(YAML_LIST_FORMAT, 'yaml', {
  fromFile: (text) => listFromFile(text),
  toFile: (data) => listToFile(data as ListForm, FIELD_ORDERS),
});
CMS.registerCustomFormat(MDX_FORMAT, 'mdx', {
  fromFile: (text) => mdxFromFile(text),
  toFile: (data) => mdxToFile(data as Record<string, unknown>, FIELD_ORDERS),
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

