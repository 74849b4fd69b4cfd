/**
 * The Content Security Policy of /admin/ only. Decap needs more than the public pages allow, so it gets
 * its own policy instead of loosening the site-wide one in astro.config.mjs:
 * - script-src 'unsafe-eval': Decap validates its config with ajv, which compiles schemas with new Function();
 * - style-src 'unsafe-inline': Decap's components write their styles at run time (emotion);
 * - connect-src: the git host's API (and its sign-in token endpoint), nothing else;
 * - img-src blob:: previews of images chosen for upload.
 * The admin page carries it as a <meta> tag, written for the git host configured at build time; the web
 * server's header for /admin/ (deploy/headers.ts) only adds frame-ancestors, which a <meta> cannot set.
 */
import { apiRoot, type EditorBackend } from './backend.ts';

export function adminCspDirectives(backend: EditorBackend): string[] {
  const origins = new Set<string>();
  for (const address of [apiRoot(backend), backend.name === 'github' ? undefined : backend.baseUrl]) {
    if (address) origins.add(new URL(address).origin);
  }
  // After sign-in Decap's GitHub backend asks GitHub's status page whether the API is up, and shows avatars.
  if (backend.name === 'github') origins.add('https://www.githubstatus.com');
  const images = backend.name === 'github' ? ' https://avatars.githubusercontent.com' : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${images}`,
    "font-src 'self' data:",
    `connect-src 'self'${[...origins].map((origin) => ` ${origin}`).join('')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** For the <meta> tag on /admin/index.html. */
export function adminMetaCsp(backend: EditorBackend): string {
  return adminCspDirectives(backend).join('; ');
}
