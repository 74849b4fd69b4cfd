/**
 * What the web server sends with each response, in one place: the security headers, the
 * Content-Security-Policy and the cache rules. astro.config.mjs takes the CSP directives from here for the
 * <meta> policy in every page; deploy/nginx-config.ts turns the rules into the nginx configuration and
 * src/integrations/headers-file.ts into dist/_headers (Netlify, Cloudflare Pages).
 *
 * Two policies apply to every page, and a browser enforces both:
 * - the <meta> policy Astro writes per page pins inline scripts and styles to their sha256 hashes;
 * - the header policy adds what a <meta> cannot carry (frame-ancestors) and limits WebAssembly to search.
 *   It allows inline code ('unsafe-inline') because the hashes change with every build and live in the
 *   <meta>; the build refuses any page without that <meta> (src/integrations/headers-file.ts).
 */

/** Directives both policies share. Astro adds script-src and style-src, with hashes, to the <meta> copy. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind compiles WebAssembly, on the search page or in its worker (served from /pagefind/). */
export const WASM_SOURCE = "'wasm-unsafe-eval'";

/** The header policy; `wasm` only where search runs. */
export function headerCsp({ wasm }: { wasm: boolean }): string {
  return [
    ...CSP_DIRECTIVES,
    "frame-ancestors 'none'",
    `script-src 'self' 'unsafe-inline'${wasm ? ` ${WASM_SOURCE}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
  ].join('; ');
}

/** Sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors for browsers too old to read it.
  'X-Frame-Options': 'DENY',
  // Search terms and sensitive page addresses never reach the sites readers click through to.
  'Referrer-Policy': 'no-referrer',
  // Location only for the site itself ("Gần tôi"); sharing and copying a link are the site's own features.
  'Permissions-Policy': [
    'geolocation=(self)',
    'web-share=(self)',
    'clipboard-write=(self)',
    ...['accelerometer', 'autoplay', 'bluetooth', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media', 'fullscreen', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking'].map((feature) => `${feature}=()`),
  ].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const CACHE = {
  /** Pages and unversioned files: the browser checks for a newer copy every time (a cheap 304 when unchanged). */
  revalidate: 'no-cache',
  /** Files whose name changes with their content. */
  immutable: 'public, max-age=31536000, immutable',
};

/** Folders whose file names carry a hash of the content: Astro's bundles and Pagefind's index chunks. */
export const VERSIONED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

/** Folders where search runs. */
export const SEARCH_FOLDERS = ['/tim-kiem/', '/pagefind/'];

/**
 * The web editor (built only when CMS_BACKEND is set). Its own <meta> policy, written at build time for the
 * configured git host (src/admin/csp.ts), limits scripts and connections; the header adds what a <meta>
 * cannot say, and nothing that would block the editor's git host.
 */
export const EDITOR_FOLDER = '/admin/';
const EDITOR_HEADER_CSP = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"].join('; ');

export interface HeaderRule {
  /** A folder; a request takes the rule with the longest matching folder, like nginx prefix locations. */
  folder: string;
  headers: Record<string, string>;
}

/** Every rule the nginx configuration serves. */
export function headerRules(): HeaderRule[] {
  const folders = ['/', ...SEARCH_FOLDERS, EDITOR_FOLDER, ...VERSIONED_FOLDERS];
  return folders.map((folder) => ({
    folder,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': folder === EDITOR_FOLDER ? EDITOR_HEADER_CSP : headerCsp({ wasm: SEARCH_FOLDERS.some((search) => folder.startsWith(search)) }),
      'Cache-Control': VERSIONED_FOLDERS.includes(folder) ? CACHE.immutable : CACHE.revalidate,
    },
  }));
}

/** The rule that applies to a path. */
export function ruleFor(path: string): HeaderRule {
  return headerRules()
    .filter((rule) => path.startsWith(rule.folder))
    .sort((a, b) => b.folder.length - a.folder.length)[0]!;
}
