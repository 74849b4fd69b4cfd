/** How tests see the "BẢN XEM THỬ" band in a rendered image: pixels of its own colour. */
import { PNG } from 'pngjs';
import { PREVIEW_MARK_COLOUR } from '../../src/render/preview-mark.ts';

const [R, G, B] = [1, 3, 5].map((at) => parseInt(PREVIEW_MARK_COLOUR.slice(at, at + 2), 16));

/** Share of the image's pixels in the band's colour (0 to 1). */
export function previewMarkShare(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let marked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - R!) < 8 && Math.abs(data[i + 1]! - G!) < 8 && Math.abs(data[i + 2]! - B!) < 8) marked += 1;
  }
  return marked / (width * height);
}
