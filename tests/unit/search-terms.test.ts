import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeKeys, searchTerms } from '../../src/lib/search-terms.ts';

test('everyday words reach pages that use the official term, and only those', () => {
  assert.ok(searchTerms('Nghiêm cấm bảo kê mại dâm.').includes('chong lung'));
  assert.ok(searchTerms('Kẻ xấu hứa việc làm lương cao ở nơi xa.').includes('viec nhe luong cao'));
  assert.ok(searchTerms('Trợ giúp pháp lý miễn phí.').includes('luat su'));
  assert.ok(!searchTerms('Bảo vệ người tố giác.').includes('chong lung'));
});

test('a commune is known by every name the locator knows', () => {
  const keys = placeKeys({
    id: 'muong-nhe',
    name: 'Mường Nhé',
    type: 'xa',
    formerUnits: ['xã Mường Nhé', 'xã Nậm Vì', 'xã Chung Chải'],
    formerDistricts: ['huyện Mường Nhé'],
    spellingVariants: ['xã Nậm Vỳ'],
  });
  assert.deepEqual(keys.sort(), ['chung chai', 'muong nhe', 'nam vi', 'nam vy']);
});
