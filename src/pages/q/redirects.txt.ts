/**
 * The QR short paths as permanent redirects, in the "_redirects" format (source, target, status) that
 * Netlify and Cloudflare Pages read and that converts line by line into an nginx map. Static hosts
 * without it still work: each short path is also a small forwarding page.
 */
import type { APIRoute } from 'astro';
import { communePosterPaths } from '../../data/poster-files.ts';
import { posterQrPath } from '../../lib/routes.ts';

export const GET: APIRoute = async () => {
  const lines = (await communePosterPaths()).map(({ poster, commune }) => `${posterQrPath(poster.shortId, commune.id)} ${poster.path} 301`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
