import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { auditContent } from '../../src/lib/content-audit.ts';

const base = join(import.meta.dirname, '../fixtures/content/base');

test('lists unverified records with their file, and verified ones once they go stale', () => {
  const soon = auditContent(base, new Date('2026-11-24'), 180);
  assert.deepEqual(
    soon.map((row) => [row.file, row.id, row.state.kind]).sort(),
    [
      // Articles and communes carry a verification too, so their March check is stale by November.
      ['base/articles/bai-mau.mdx', 'bai-mau', 'stale'],
      ['base/communes.yaml', 'dien-bien-phu', 'stale'],
      ['base/sites.yaml', 'tram-y-te-dien-bien-phu', 'unverified'],
    ],
  );
  const later = auditContent(base, new Date('2027-11-24'), 180);
  assert.deepEqual(
    later.map((row) => [row.id, row.state.kind]).sort(),
    [['an-toan-khi-truy-cap', 'stale'], ['bai-mau', 'stale'], ['dien-bien-phu', 'stale'], ['ke-hoach-2026', 'stale'], ['tong-dai-111', 'stale'], ['tram-y-te-dien-bien-phu', 'unverified'], ['xet-nghiem-hiv', 'stale']],
  );
});
