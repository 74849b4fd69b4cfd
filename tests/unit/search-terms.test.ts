import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldedWords, placeKeys, searchTerms, unitPlaceKeys } from '../../src/lib/search-terms.ts';

test('everyday words reach pages that use the official term, and only those', () => {
  assert.ok(searchTerms('Nghiêm cấm bảo kê mại dâm.').includes('chong lung'));
  assert.ok(searchTerms('Kẻ xấu hứa việc làm lương cao ở nơi xa.').includes('viec nhe luong cao'));
  assert.ok(searchTerms('Trợ giúp pháp lý miễn phí.').includes('luat su'));
  assert.ok(!searchTerms('Bảo vệ người tố giác.').includes('chong lung'));
});

test('words that stigmatise lead to the pages that use the respectful term, and never to others', () => {
  const terms = searchTerms('Quyền của người bán dâm khi bị xử phạt.');
  for (const typed of ['gai mai dam', 'gai goi', 'cave']) assert.ok(terms.includes(typed), typed);
  // "đĩ" folds to "di", which every page has ("đi"): adding it would find nothing new.
  assert.ok(!terms.includes('di'));
  assert.ok(!searchTerms('Người mua dâm bị phạt tiền.').includes('gai goi'));
});

test('search keywords are indexed as typed, folded, without synonyms', () => {
  assert.deepEqual(foldedWords('Xóa lịch sử, ẨN DANH; đường dây nóng'), ['xoa', 'lich', 'su', 'an', 'danh', 'duong', 'day', 'nong']);
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

test("a commune's own names leave out the old district it was part of", () => {
  const muongMun = {
    id: 'muong-mun',
    name: 'Mường Mùn',
    type: 'xa' as const,
    formerUnits: ['xã Mường Mùn', 'xã Mùn Chung', 'xã Pú Xi'],
    formerDistricts: ['huyện Tuần Giáo'],
    spellingVariants: [],
  };
  assert.deepEqual(placeKeys(muongMun).sort(), ['mun chung', 'muong mun', 'pu xi', 'tuan giao']);
  assert.deepEqual(unitPlaceKeys(muongMun).sort(), ['mun chung', 'muong mun', 'pu xi']);
});
