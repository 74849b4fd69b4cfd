import type { APIRoute } from 'astro';
import { posterPaths, renderPosterPng } from '../../data/poster-files.ts';
import { PAPER, type Paper, type PosterDefinition } from '../../data/posters.ts';

export const getStaticPaths = () =>
  posterPaths().flatMap((path) => (Object.keys(PAPER) as Paper[]).map((paper) => ({ params: { ...path.params, paper }, props: { ...path.props, paper } })));

export const GET: APIRoute = async ({ props }) => {
  const { poster, paper } = props as { poster: PosterDefinition; paper: Paper };
  return new Response(new Uint8Array(await renderPosterPng(poster, paper)), { headers: { 'Content-Type': 'image/png' } });
};
