/** Drawn images are reused across builds while what they show and the code that draws them stay the same. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';

const workspace = mkdtempSync(join(tmpdir(), 'drawing-cache-'));
process.env.ASTRO_CACHE_DIR = join(workspace, 'cache');
after(() => rmSync(workspace, { recursive: true, force: true }));
const { cachedDrawing, pruneDrawings } = await import('../../src/render/drawing-cache.ts');

// The code files are read relative to the project root, where builds run.
const codeFile = relative(process.cwd(), join(workspace, 'draw.ts'));
writeFileSync(codeFile, 'export const colour = "green";');

test('a drawing is made once, then reused; other inputs draw again', async () => {
  let draws = 0;
  const draw = async () => Buffer.from(`image ${++draws}`);
  const drawing = { folder: 'posters', code: [codeFile], inputs: ['Đường dây nóng', 111], extension: 'svg' };
  const first = await cachedDrawing(drawing, draw);
  const second = await cachedDrawing(drawing, draw);
  assert.deepEqual([first.drawn, second.drawn, draws], [true, false, 1]);
  assert.equal(second.data.toString(), 'image 1');
  const other = await cachedDrawing({ ...drawing, inputs: ['Đường dây nóng', 113] }, draw);
  assert.deepEqual([other.drawn, other.data.toString()], [true, 'image 2']);
});

test('drawings not used for 30 days are deleted, used ones kept', async () => {
  const dir = join(process.env.ASTRO_CACHE_DIR ?? '', 'drawings', 'posters');
  const [kept, old] = readdirSync(dir) as [string, string];
  const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
  utimesSync(join(dir, old), longAgo, longAgo);
  await pruneDrawings();
  assert.deepEqual(readdirSync(dir), [kept]);
});
