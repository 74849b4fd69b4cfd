/**
 * How a search travels in the search page's address: after "#" ("#q=him+lam"), which browsers never send
 * to the server, so what people search for stays out of server and proxy logs. No imports: the header form
 * on every page uses it, and must stay tiny.
 */
export function searchFragment(query: string, type = ''): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (type) params.set('loai', type);
  const hash = params.toString();
  return hash ? `#${hash}` : '';
}
