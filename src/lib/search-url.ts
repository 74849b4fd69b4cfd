/**
 * The search page's address. The query travels after "#" ("/tim-kiem/#q=him+lam"): browsers never send
 * that part to the server, so what people search for stays out of server and proxy logs while links can
 * still be shared. Old links with "?q=" are still read.
 */
import { ROUTES } from './routes.ts';
import { searchFragment } from './search-fragment.ts';

export interface SearchRequest {
  query: string;
  /** A content type to narrow results to ("Pháp luật"), or '' for all. */
  type: string;
}

export function searchPageUrl({ query, type }: SearchRequest): string {
  return `${ROUTES.search}${searchFragment(query, type)}`;
}

/** What a search page address asks for: the fragment wins over an old-style query string. */
export function readSearchUrl(href: string): SearchRequest & { fromQueryString: boolean } {
  const url = new URL(href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const source = fragment.has('q') || fragment.has('loai') ? fragment : url.searchParams;
  return {
    query: source.get('q')?.trim() ?? '',
    type: source.get('loai') ?? '',
    fromQueryString: url.searchParams.has('q') || url.searchParams.has('loai'),
  };
}
