import type { APIRoute } from 'astro';
import { posterPaths, renderPosterSvg } from '../../data/poster-files.ts';
import type { PosterDefinition } from '../../data/posters.ts';

export const getStaticPaths = posterPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderPosterSvg((props as { poster: PosterDefinition }).poster), { headers: { 'Content-Type': 'image/svg+xml' } });
