import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byMonth, monthOf } from '../../src/lib/archive.ts';
import { pageLinks } from '../../src/lib/paginate.ts';

test('months follow Vietnam time: 31/3 at 20:00 UTC is already April there', () => {
  assert.deepEqual(monthOf(new Date('2026-03-31T20:00:00Z')), { year: 2026, month: 4 });
  assert.deepEqual(monthOf(new Date('2026-03-31T10:00:00Z')), { year: 2026, month: 3 });
});

test('items are grouped by month, newest month first, order kept inside a month', () => {
  const items = ['2026-03-20', '2026-03-02', '2025-12-31', '2026-01-15'].map((day) => ({ day, date: new Date(`${day}T05:00:00Z`) }));
  const months = byMonth(items, (item) => item.date);
  assert.deepEqual(
    months.map(({ year, month, items }) => [year, month, items.map((item) => item.day)]),
    [
      [2026, 3, ['2026-03-20', '2026-03-02']],
      [2026, 1, ['2026-01-15']],
      [2025, 12, ['2025-12-31']],
    ],
  );
});

test('numbered pages: first, last and two either side, with gaps marked', () => {
  assert.deepEqual(pageLinks(1, 1), [1]);
  assert.deepEqual(pageLinks(1, 4), [1, 2, 3, 4]);
  assert.deepEqual(pageLinks(50, 100), [1, 0, 48, 49, 50, 51, 52, 0, 100]);
  assert.deepEqual(pageLinks(3, 100), [1, 2, 3, 4, 5, 0, 100]);
});
