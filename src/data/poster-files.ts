/**
 * Renders posters from the hotline data for the poster routes: once per build, and drawn again only when
 * what they show or the drawing code changed (45 communes times each poster is too slow to redraw).
 */
import { getCollection, getEntry } from 'astro:content';
import { PAPER, POSTERS, type Paper, type PosterDefinition } from './posters.ts';
import { phoneOf } from './content.ts';
import { describeSchedule } from '../lib/schedule.ts';
import { cachedDrawing, DRAWING_LIBRARIES } from '../render/drawing-cache.ts';
import { posterPng, posterSvg } from '../render/poster.ts';
import { posterQrPath } from '../lib/routes.ts';
import { PREVIEW_BUILD, SITE, SITE_URL } from '../site-config.ts';

const cache = new Map<string, Promise<string>>();
const POSTER_CODE = ['src/render/poster.ts', 'src/render/card-renderer.ts', 'src/render/preview-mark.ts', DRAWING_LIBRARIES];
const CACHE_FOLDER = 'posters';

/**
 * The address a poster's QR code opens. A commune's copy points to its own short path, so the host's
 * logs alone count scans per poster and commune; the generic copy opens the page directly.
 */
export const posterQrUrl = (poster: PosterDefinition, communeId?: string) =>
  new URL(communeId ? posterQrPath(poster.shortId, communeId) : poster.path, SITE_URL).href;

export function renderPosterSvg(poster: PosterDefinition, communeId?: string): Promise<string> {
  const key = `${poster.id}/${communeId ?? ''}`;
  let svg = cache.get(key);
  if (!svg) {
    svg = (async () => {
      const hotlines = await Promise.all(
        poster.hotlineIds.map(async (id) => {
          const hotline = await getEntry('hotlines', id);
          if (!hotline) throw new Error(`Áp phích "${poster.id}" dùng đường dây nóng "${id}" không có trong content/hotlines.yaml.`);
          const label = hotline.data.shortLabel ?? hotline.data.name;
          // A number that is not answered round the clock carries its hours, so nobody calls it in vain at night.
          const hours = 'alwaysOpen' in hotline.data.hours ? '' : ` (${describeSchedule(hotline.data.hours).join('; ')})`;
          return { display: phoneOf(hotline.data.number).display, name: `${label}${hours}` };
        }),
      );
      const inputs = [poster, hotlines, posterQrUrl(poster, communeId), SITE.name, SITE.owner, PREVIEW_BUILD] as const;
      const svg = await cachedDrawing({ folder: CACHE_FOLDER, code: POSTER_CODE, inputs, extension: 'svg' }, () => posterSvg(...inputs));
      return svg.data.toString('utf8');
    })();
    cache.set(key, svg);
  }
  return svg;
}

/** A poster as a PNG for one paper size. */
export async function renderPosterPng(poster: PosterDefinition, paper: Paper): Promise<Buffer> {
  const svg = await renderPosterSvg(poster);
  const widthPx = PAPER[paper].widthPx;
  const png = await cachedDrawing({ folder: CACHE_FOLDER, code: POSTER_CODE, inputs: [svg, widthPx], extension: 'png' }, () => posterPng(svg, widthPx));
  return png.data;
}

export const posterPaths = () => POSTERS.map((poster) => ({ params: { poster: poster.id }, props: { poster } }));

/** Every poster for every commune: 45 communes times each poster type. */
export async function communePosterPaths() {
  const communes = await getCollection('communes');
  return POSTERS.flatMap((poster) => communes.map((commune) => ({ poster, commune: { id: commune.id, name: commune.data.name } })));
}
