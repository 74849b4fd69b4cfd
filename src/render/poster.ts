/** Builds a poster as SVG (text as outlines, printable at any size) with its QR code, at build time. */
import QRCode from 'qrcode';
import type { PosterDefinition } from '../data/posters.ts';
import { PAPER } from '../data/posters.ts';
import { FONT_FAMILY, h, renderSvg, svgToPng } from './card-renderer.ts';
import { withPreviewMark } from './preview-mark.ts';

export interface PosterHotline {
  display: string;
  name: string;
}

export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}

/** `preview`: the build has no SITE_URL, so the QR code leads nowhere real and the poster must say so. */
export async function posterSvg(poster: PosterDefinition, hotlines: PosterHotline[], qrUrl: string, siteName: string, owner: string, preview: boolean): Promise<string> {
  const { widthPx: width, heightPx: height } = PAPER.a4;
  const qr = `data:image/svg+xml;base64,${Buffer.from(await qrSvg(qrUrl)).toString('base64')}`;
  const layout = h('div', { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', backgroundColor: '#ffffff', color: '#1b1f23', fontFamily: FONT_FAMILY }, [
    h('div', { display: 'flex', padding: '60px 80px', backgroundColor: '#073a32', color: '#ffffff', fontSize: 76, fontWeight: 700, lineHeight: 1.15 }, poster.headline),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', padding: '40px 80px 0', fontSize: 44, lineHeight: 1.35 },
      poster.points.map((point) => h('div', { display: 'flex', marginBottom: 18 }, `• ${point}`)),
    ),
    h('div', { display: 'flex', flexDirection: 'column', margin: '30px 80px 0', padding: '30px 40px', border: '6px solid #b3261e', borderRadius: 24 }, [
      h('div', { display: 'flex', fontSize: 40, fontWeight: 700 }, 'Số cần gọi:'),
      ...hotlines.map((hotline) =>
        h('div', { display: 'flex', alignItems: 'baseline', marginTop: 12 }, [
          h('div', { display: 'flex', flexShrink: 0, whiteSpace: 'nowrap', fontSize: 84, fontWeight: 700, color: '#b3261e', marginRight: 28 }, hotline.display),
          h('div', { display: 'flex', fontSize: 34, flexShrink: 1 }, hotline.name),
        ]),
      ),
    ]),
    h('div', { display: 'flex', flexGrow: 1, alignItems: 'flex-end', justifyContent: 'space-between', padding: '0 80px 60px' }, [
      h('div', { display: 'flex', flexDirection: 'column', width: 640, fontSize: 30, lineHeight: 1.35 }, [
        h('div', { display: 'flex', fontWeight: 700 }, poster.qrCaption),
        h('div', { display: 'flex', marginTop: 12 }, qrUrl),
        h('div', { display: 'flex', marginTop: 24 }, `${owner} · ${siteName}`),
      ]),
      { type: 'img', props: { src: qr, width: 340, height: 340 } },
    ]),
  ]);
  return renderSvg(preview ? withPreviewMark(layout, width, height) : layout, width, height);
}

export function posterPng(svg: string, widthPx: number): Promise<Buffer> {
  return svgToPng(svg, widthPx);
}
