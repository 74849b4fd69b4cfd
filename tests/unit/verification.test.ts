import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verificationState } from '../../src/lib/verification.ts';
import { isPublished, byNewest } from '../../src/lib/publishing.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';
import { paginate } from '../../src/lib/paginate.ts';

const now = new Date('2026-11-24T03:00:00Z');
const sources = [{ title: 'Nguồn' }];

test('a recent check is verified and shows its date', () => {
  const state = verificationState({ status: 'verified', date: new Date('2026-11-01'), sources }, now, 180);
  assert.equal(state.kind, 'verified');
  assert.equal(state.label, 'Đã xác minh ngày 01/11/2026');
});

test('an old check becomes stale after the configured number of days', () => {
  const verification = { status: 'verified' as const, date: new Date('2026-01-01'), sources };
  assert.equal(verificationState(verification, now, 180).kind, 'stale');
  assert.equal(verificationState(verification, now, 400).kind, 'verified');
});

test('unverified records are never shown as verified', () => {
  const state = verificationState({ status: 'unverified', reason: 'r', howToAsk: 'h' }, now);
  assert.deepEqual(state, { kind: 'unverified', label: 'Chưa xác minh' });
});

test('drafts and future-dated articles are not published, unless previewing', () => {
  assert.equal(isPublished({ draft: false, pubDate: new Date('2026-11-01') }, now), true);
  assert.equal(isPublished({ draft: true, pubDate: new Date('2026-11-01') }, now), false);
  assert.equal(isPublished({ draft: false, pubDate: new Date('2026-12-01') }, now), false);
  assert.equal(isPublished({ draft: true, pubDate: new Date('2026-12-01') }, now, true), true);
});

test('byNewest sorts newest first', () => {
  const items = [{ pubDate: new Date('2025-01-01') }, { pubDate: new Date('2026-01-01') }];
  assert.deepEqual(items.sort(byNewest).map((item) => item.pubDate.getUTCFullYear()), [2026, 2025]);
});

test('reading time counts Vietnamese syllables, at least one minute', () => {
  assert.equal(readingMinutes('ngắn'), 1);
  assert.equal(readingMinutes(Array.from({ length: 1000 }, () => 'chữ').join(' ')), 5);
});

test('paginate splits into numbered pages and always has one page', () => {
  assert.deepEqual(paginate([1, 2, 3], 2).map((page) => page.items), [[1, 2], [3]]);
  assert.deepEqual(paginate([], 10), [{ items: [], current: 1, total: 1 }]);
});
