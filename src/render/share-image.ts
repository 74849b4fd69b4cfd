/** The 1200×630 share image of a page: site band, title, description, owner. */
import { TITLE_MAX_LENGTH } from '../schemas/articles.ts';
import { FONT_FAMILY, h, renderSvg, svgToPng } from './card-renderer.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** Longest title drawn in full (the content check's limit): three lines at the smallest size; longer ones end in "…". */
const MAX_TITLE = TITLE_MAX_LENGTH;

export async function shareImagePng(fullTitle: string, description: string, siteName: string, owner: string): Promise<Buffer> {
  const title = truncate(fullTitle, MAX_TITLE);
  const titleSize = title.length > 70 ? 50 : title.length > 40 ? 58 : 66;
  const svg = await renderSvg(
    h('div', { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', backgroundColor: '#073a32', color: '#ffffff', fontFamily: FONT_FAMILY }, [
      h('div', { display: 'flex', padding: '40px 70px 0', fontSize: 28, color: '#d5ebe6' }, siteName),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '0 70px' }, [
        h('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.2 }, title),
        h('div', { display: 'flex', marginTop: 24, fontSize: 30, lineHeight: 1.35, color: '#d5ebe6' }, truncate(description, 150)),
      ]),
      h('div', { display: 'flex', height: 70, alignItems: 'center', padding: '0 70px', backgroundColor: '#b3261e', fontSize: 28 }, owner),
    ]),
    SHARE_IMAGE.width,
    SHARE_IMAGE.height,
  );
  return svgToPng(svg, SHARE_IMAGE.width);
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return `${text.slice(0, space > 0 ? space : max)}…`;
}
