/**
 * Copies the department's recorded messages (content/recordings/) to /ghi-am/ in the built site. The
 * content check has already made sure each named file exists, is ASCII-named and small.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_ROOT, RECORDINGS_DIR } from '../content-layout.ts';
import { RECORDINGS_PATH } from '../lib/routes.ts';

export function recordingFiles(): AstroIntegration {
  return {
    name: 'recording-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const source = join(CONTENT_ROOT, RECORDINGS_DIR);
        if (existsSync(source)) cpSync(source, join(fileURLToPath(dir), RECORDINGS_PATH), { recursive: true });
      },
    },
  };
}
