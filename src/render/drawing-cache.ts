/**
 * Drawing images is the slow part of a build, so each drawn file is kept in Astro's cache folder under a
 * hash of what it shows and of the code that draws it: a rebuild draws only what changed. Files are
 * written under a temporary name first, so a build stopped midway never leaves half an image.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Astro's cache folder (astro.config.mjs reads it from here); tests and benchmarks set their own. */
export const BUILD_CACHE_DIR = resolve(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro');
const DRAWINGS_DIR = join(BUILD_CACHE_DIR, 'drawings');
/** The installed drawing libraries and fonts (satori, resvg, Noto Sans, qrcode): an upgrade redraws everything. */
export const DRAWING_LIBRARIES = 'package-lock.json';
/** Cached drawings not used by any build for this long are deleted. */
const KEEP_UNUSED_DAYS = 30;

const codeHashes = new Map<string, Promise<string>>();

/** A hash of the drawing code's source files: changing any of them redraws every image they draw. */
export function hashOfFiles(files: readonly string[]): Promise<string> {
  const key = files.join('\n');
  let hash = codeHashes.get(key);
  if (!hash) {
    hash = (async () => {
      const digest = createHash('sha256');
      for (const file of files) digest.update(await readFile(resolve(file)));
      return digest.digest('hex');
    })();
    codeHashes.set(key, hash);
  }
  return hash;
}

export interface Drawing {
  /** Subfolder of the cache, one per kind of image, e.g. "share-images". */
  folder: string;
  /** The drawing code's files (see hashOfFiles). */
  code: readonly string[];
  /** Everything the image shows; equal inputs give the same file. */
  inputs: unknown;
  extension: string;
}

/** The drawn file for these inputs: from the cache when it is there, else drawn now and cached. */
export async function cachedDrawing(drawing: Drawing, draw: () => Promise<Buffer | string>): Promise<{ data: Buffer; drawn: boolean }> {
  const folder = join(DRAWINGS_DIR, drawing.folder);
  const key = createHash('sha256').update(await hashOfFiles(drawing.code)).update(JSON.stringify(drawing.inputs)).digest('hex').slice(0, 32);
  const file = join(folder, `${key}.${drawing.extension}`);
  try {
    const data = await readFile(file);
    const now = new Date();
    await utimes(file, now, now);
    return { data, drawn: false };
  } catch {
    const drawn = await draw();
    const data = typeof drawn === 'string' ? Buffer.from(drawn) : drawn;
    await mkdir(folder, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, file);
    return { data, drawn: true };
  }
}

/** Deletes cached drawings of every kind that no build has used for a while. Call once the build has drawn all. */
export async function pruneDrawings(): Promise<void> {
  const cutoff = Date.now() - KEEP_UNUSED_DAYS * 24 * 60 * 60 * 1000;
  const files = await readdir(DRAWINGS_DIR, { recursive: true }).catch(() => []);
  for (const file of files) {
    const path = join(DRAWINGS_DIR, file);
    const stats = await stat(path);
    if (stats.isFile() && stats.mtimeMs < cutoff) await rm(path, { force: true });
  }
}
