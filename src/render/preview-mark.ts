/**
 * The "BẢN XEM THỬ" band across printable images from a preview build (no SITE_URL): their QR codes lead
 * to the test machine, so they must never look final. Anything printable with a QR code wraps its layout
 * in this; sizes follow the image's width, and the band stays clear of the bottom corners where QR codes sit.
 */
import { UI } from '../ui/strings.ts';
import { h, type CardNode } from './card-renderer.ts';

/** A colour no poster uses otherwise, so tests can find the band in the pixels. */
export const PREVIEW_MARK_COLOUR = '#ffdd00';

export function withPreviewMark(layout: CardNode, width: number, height: number): CardNode {
  const band = h(
    'div',
    {
      position: 'absolute',
      left: -width * 0.25,
      top: height * 0.4,
      width: width * 1.5,
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      padding: `${Math.round(width * 0.015)}px 0`,
      backgroundColor: PREVIEW_MARK_COLOUR,
      color: '#0b0c0c',
      borderTop: `${Math.round(width * 0.006)}px solid #0b0c0c`,
      borderBottom: `${Math.round(width * 0.006)}px solid #0b0c0c`,
      transform: 'rotate(-18deg)',
    },
    [
      h('div', { display: 'flex', fontSize: Math.round(width * 0.085), fontWeight: 700 }, UI.previewMark.band),
      h('div', { display: 'flex', fontSize: Math.round(width * 0.03), fontWeight: 700 }, UI.previewMark.bandDetail),
    ],
  );
  return h('div', { display: 'flex', position: 'relative', width: '100%', height: '100%' }, [layout, band]);
}
