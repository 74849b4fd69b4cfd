/** `npm run deploy:nginx`: writes deploy/nginx/site.conf after deploy/headers.ts changes. */
import { writeFileSync } from 'node:fs';
import { NGINX_CONFIG_PATH, nginxConfig } from './nginx-config.ts';

writeFileSync(NGINX_CONFIG_PATH, nginxConfig());
console.log(`Wrote ${NGINX_CONFIG_PATH}.`);
