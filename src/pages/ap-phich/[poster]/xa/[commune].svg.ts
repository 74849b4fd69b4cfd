/** A poster whose QR code opens its commune's short path (/q/<poster>/<commune>/), for printing in that commune. */
import type { APIRoute } from 'astro';
import { communePosterPaths, renderPosterSvg } from '../../../../data/poster-files.ts';
import type { PosterDefinition } from '../../../../data/posters.ts';

export const getStaticPaths = async () =>
  (await communePosterPaths()).map(({ poster, commune }) => ({ params: { poster: poster.id, commune: commune.id }, props: { poster, communeId: commune.id } }));

export const GET: APIRoute = async ({ props }) => {
  const { poster, communeId } = props as { poster: PosterDefinition; communeId: string };
  return new Response(await renderPosterSvg(poster, communeId), { headers: { 'Content-Type': 'image/svg+xml' } });
};
