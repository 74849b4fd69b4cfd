/**
 * Turns a layout (satori's element tree) into SVG with text as outlines, and SVG into PNG, at build time.
 * Share images and posters both use it, so Vietnamese renders the same everywhere and no font or service
 * is fetched from the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);

/** Noto Sans, Latin and Vietnamese subsets: together they cover every Vietnamese letter and tone mark. */
function loadFonts() {
  const file = (subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  return [400, 700].flatMap((weight) =>
    // Distinct names, listed together in font-family, so satori takes each glyph from whichever subset has it.
    ['latin', 'vietnamese'].map((subset) => ({ name: `Noto Sans ${subset}`, data: file(subset, weight), weight: weight as 400 | 700, style: 'normal' as const })),
  );
}

let fonts: ReturnType<typeof loadFonts> | undefined;

/** A minimal element tree, the shape satori accepts without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | Array<CardNode | string>; src?: string; width?: number; height?: number };
}

export const FONT_FAMILY = "'Noto Sans vietnamese', 'Noto Sans latin'";

export const h = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

export async function renderSvg(node: CardNode, width: number, height: number): Promise<string> {
  fonts ??= loadFonts();
  return satori(node as unknown as Parameters<typeof satori>[0], { width, height, fonts });
}

/** Rasterised on libuv's thread pool, so several images can be drawn at once. */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })).asPng();
}
