/** Renders posters from the hotline data, once per build, for the poster routes. */
import { getCollection, getEntry } from 'astro:content';
import { POSTERS, type PosterDefinition } from './posters.ts';
import { phoneOf } from './content.ts';
import { describeSchedule } from '../lib/schedule.ts';
import { posterSvg } from '../render/poster.ts';
import { posterQrPath } from '../lib/routes.ts';
import { PREVIEW_BUILD, SITE, SITE_URL } from '../site-config.ts';

const cache = new Map<string, Promise<string>>();

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
      return posterSvg(poster, hotlines, posterQrUrl(poster, communeId), SITE.name, SITE.owner, PREVIEW_BUILD);
    })();
    cache.set(key, svg);
  }
  return svg;
}

export const posterPaths = () => POSTERS.map((poster) => ({ params: { poster: poster.id }, props: { poster } }));

/** Every poster for every commune: 45 communes times each poster type. */
export async function communePosterPaths() {
  const communes = await getCollection('communes');
  return POSTERS.flatMap((poster) => communes.map((commune) => ({ poster, commune: { id: commune.id, name: commune.data.name } })));
}
