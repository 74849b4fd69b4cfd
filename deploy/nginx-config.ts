/** Renders deploy/nginx/site.conf from deploy/headers.ts. `npm run deploy:nginx` writes it; a unit test compares. */
import { headerRules, type HeaderRule } from './headers.ts';

export const NGINX_CONFIG_PATH = 'deploy/nginx/site.conf';

const TEXT_TYPES = ['text/css', 'text/plain', 'text/xml', 'application/javascript', 'application/json', 'application/rss+xml', 'application/xml', 'image/svg+xml', 'application/manifest+json'];

function location(rule: HeaderRule): string {
  const headers = Object.entries(rule.headers).map(([name, value]) => `  add_header ${name} "${value}" always;`);
  return [`location ${rule.folder} {`, '  try_files $uri $uri/ =404;', ...headers, '}'].join('\n');
}

export function nginxConfig(): string {
  return `# nginx configuration for the site, generated from deploy/headers.ts by \`npm run deploy:nginx\`.
# Do not edit by hand: change deploy/headers.ts and run the command again (a test checks they agree).
#
# Include this file inside the \`server { }\` block that sets listen, server_name, TLS and \`root\` (the
# built dist/ folder); the http block needs the usual \`include mime.types;\`. See README, "Deploying".

index index.html;
# Redirects from a folder without its trailing slash stay relative: right behind a proxy or on any port.
absolute_redirect off;
server_tokens off;
charset utf-8;
charset_types ${TEXT_TYPES.join(' ')};

# The build writes a .gz copy of each text file next to it (served as is); anything else is gzipped on the fly.
gzip on;
gzip_static on;
gzip_vary on;
gzip_comp_level 6;
gzip_min_length 1024;
gzip_types ${TEXT_TYPES.join(' ')};

# The site's own 404 page, with status 404.
error_page 404 /404.html;

# dist/_headers is the same rules for Netlify and Cloudflare Pages; nothing to serve here.
location = /_headers {
  return 404;
}

# A location with add_header drops every add_header from outside it, so each one lists them all.
${headerRules().map(location).join('\n\n')}
`;
}
