import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, foldedVariants, isSlug, nfc, slugify } from '../../src/lib/fold.ts';

test('slugify removes tone marks and maps đ to d', () => {
  assert.equal(slugify('Đường dây nóng 111'), 'duong-day-nong-111');
  assert.equal(slugify('Điện Biên Phủ'), 'dien-bien-phu');
  assert.equal(slugify('  Kế hoạch 1447/KH-UBND — năm 2026!  '), 'ke-hoach-1447-kh-ubnd-nam-2026');
  assert.equal(slugify('Mường Ảng'), 'muong-ang');
});

test('slugify gives the same slug for composed and decomposed input', () => {
  const decomposed = 'Điện Biên'.normalize('NFD');
  assert.notEqual(decomposed, 'Điện Biên');
  assert.equal(slugify(decomposed), 'dien-bien');
});

test('fold compares what people type with what we publish', () => {
  assert.equal(fold('  XÉT   nghiệm HIV '), 'xet nghiem hiv');
  assert.equal(fold('hoà'), fold('hòa'));
  assert.equal(fold('ĐĂNG KÝ'), 'dang ky');
});

test('nfc composes decomposed Vietnamese', () => {
  assert.equal(nfc('ệ'.normalize('NFD')), 'ệ');
});

test('isSlug accepts only lower-case ASCII words joined by single hyphens', () => {
  assert.ok(isSlug('duong-day-nong'));
  assert.ok(!isSlug('Duong-day'));
  assert.ok(!isSlug('đường'));
  assert.ok(!isSlug('a--b'));
  assert.ok(!isSlug('-a'));
});

test('foldedVariants lists the đ-words Pagefind cannot fold, once each', () => {
  assert.deepEqual(foldedVariants('Đường dây nóng, đường dây 111 ở Điện Biên'), ['duong', 'dien']);
  assert.deepEqual(foldedVariants('mại dâm'), []);
});

test('searchTerms adds d-spellings and the synonyms of terms the page uses', async () => {
  const { searchTerms } = await import('../../src/lib/search-terms.ts');
  const terms = searchTerms('Gọi đường dây nóng để được xét nghiệm HIV');
  for (const expected of ['duong', 'hotline', 'tong dai', 'sida', 'aids', 'test']) assert.ok(terms.includes(expected), expected);
  assert.ok(!terms.includes('luat su'));
  // Whole words only: "testing" in English text is not "test".
  assert.deepEqual(searchTerms('một câu bình thường'), []);
});
