import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthLabel, scansByCommune, summariseMonths, type ReachMonth } from '../../src/lib/reach.ts';

const posters = ['co-so-kinh-doanh', 'truong-hoc'];
const months: ReachMonth[] = [
  { id: '2026-09', pageRequests: 10, qrScans: { 'co-so-kinh-doanh': { 'muong-nhe': 2 } } },
  { id: '2026-10', pageRequests: 20, qrScans: { 'co-so-kinh-doanh': { 'muong-nhe': 1, 'muong-cha': 4 }, 'truong-hoc': { 'muong-nhe': 5, 'tuan-giao': 0 } } },
];

test('months are summed per poster, newest first', () => {
  assert.deepEqual(summariseMonths(months, posters), [
    { month: '2026-10', pageRequests: 20, scansByPoster: { 'co-so-kinh-doanh': 5, 'truong-hoc': 5 }, scansTotal: 10 },
    { month: '2026-09', pageRequests: 10, scansByPoster: { 'co-so-kinh-doanh': 2, 'truong-hoc': 0 }, scansTotal: 2 },
  ]);
  assert.deepEqual(summariseMonths([], posters), []);
});

test('communes with scans are listed most scanned first, zero rows left out', () => {
  assert.deepEqual(scansByCommune(months[1]!, posters), [
    { communeId: 'muong-nhe', byPoster: { 'co-so-kinh-doanh': 1, 'truong-hoc': 5 }, total: 6 },
    { communeId: 'muong-cha', byPoster: { 'co-so-kinh-doanh': 4, 'truong-hoc': 0 }, total: 4 },
  ]);
  assert.equal(monthLabel('2026-10'), '10/2026');
});
