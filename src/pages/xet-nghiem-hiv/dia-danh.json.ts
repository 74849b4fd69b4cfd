/**
 * Every name the locator knows (today's communes, the units merged into them, old districts), fetched by
 * the locator only once someone types a place: the list page itself stays light on slow mobile data.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildPlaceIndex } from '../../lib/places.ts';

export const GET: APIRoute = async () => {
  const communes = await getCollection('communes');
  const index = buildPlaceIndex(communes.map((commune) => ({ ...commune.data, id: commune.id })));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
