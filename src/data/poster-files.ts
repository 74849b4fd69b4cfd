/** Renders posters from the hotline data, once per build, for the poster routes. */
import { getEntry } from 'astro:content';
import { POSTERS, type PosterDefinition } from './posters.ts';
import { phoneOf } from './content.ts';
import { posterSvg } from '../render/poster.ts';
import { PREVIEW_BUILD, SITE, SITE_URL } from '../site-config.ts';

const cache = new Map<string, Promise<string>>();

export const posterQrUrl = (poster: PosterDefinition) => new URL(poster.path, SITE_URL).href;

export function renderPosterSvg(poster: PosterDefinition): Promise<string> {
  let svg = cache.get(poster.id);
  if (!svg) {
    svg = (async () => {
      const hotlines = await Promise.all(
        poster.hotlineIds.map(async (id) => {
          const hotline = await getEntry('hotlines', id);
          if (!hotline) throw new Error(`Áp phích "${poster.id}" dùng đường dây nóng "${id}" không có trong content/hotlines.yaml.`);
          return { display: phoneOf(hotline.data.number).display, name: hotline.data.shortLabel ?? hotline.data.name };
        }),
      );
      return posterSvg(poster, hotlines, posterQrUrl(poster), SITE.name, SITE.owner, PREVIEW_BUILD);
    })();
    cache.set(poster.id, svg);
  }
  return svg;
}

export const posterPaths = () => POSTERS.map((poster) => ({ params: { poster: poster.id }, props: { poster } }));
