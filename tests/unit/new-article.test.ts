import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/content-check.ts';

test('npm run new writes a valid draft article with an ASCII file name', () => {
  const root = join(mkdtempSync(join(tmpdir(), 'new-article-')), 'content');
  try {
    cpSync(join(import.meta.dirname, '../fixtures/content/base'), root, { recursive: true });
    execFileSync(process.execPath, ['src/cli/new.ts', 'bai-viet', 'Đường dây nóng 111 hoạt động cả Tết'], {
      env: { ...process.env, CONTENT_ROOT: root },
    });
    const written = readFileSync(join(root, 'articles/duong-day-nong-111-hoat-dong-ca-tet.mdx'), 'utf8');
    assert.match(written, /^title: "Đường dây nóng 111 hoạt động cả Tết"$/m);
    assert.match(written, /^draft: true$/m);
    assert.deepEqual(checkContent(root), []);
  } finally {
    rmSync(join(root, '..'), { recursive: true, force: true });
  }
});
