/** Renders dist/_headers (Netlify, Cloudflare Pages) from deploy/headers.ts; the build writes it. */
import { CACHE, SECURITY_HEADERS, VERSIONED_FOLDERS, headerCsp } from './headers.ts';

const block = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

export function headersFile(): string {
  return `# Generated at build time from deploy/headers.ts.
# These hosts add up the headers of every rule that matches a path, so no rule may repeat a header:
# - the CSP allows WebAssembly (search) on every page here, as the <meta> policy does; nginx limits it to search;
# - pages keep the host's own Cache-Control, which makes browsers check for a newer copy every time.
${block('/*', { ...SECURITY_HEADERS, 'Content-Security-Policy': headerCsp({ wasm: true }) })}
${VERSIONED_FOLDERS.map((folder) => block(`${folder}*`, { 'Cache-Control': CACHE.immutable })).join('\n')}
`;
}
