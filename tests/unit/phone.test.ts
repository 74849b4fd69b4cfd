import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameAfterNumber, parsePhone, phoneDigits } from '../../src/lib/phone.ts';

test('accepts the numbers the reference publishes, in any usual spelling', () => {
  assert.deepEqual(parsePhone('111'), { digits: '111', kind: 'emergency', display: '111', href: 'tel:111' });
  assert.equal(parsePhone('1800.1233')?.display, '1800 1233');
  assert.equal(parsePhone('1900969680')?.display, '1900 96 96 80');
  assert.equal(parsePhone('0769.04.04.04')?.display, '0769 04 04 04');
  assert.equal(parsePhone('0215.3826.000')?.display, '0215 3826 000');
  assert.equal(parsePhone('+84 769 040 404')?.href, 'tel:0769040404');
});

test('rejects malformed numbers', () => {
  for (const bad of ['', '11', '116', '1800 12', '1900 96 96 8', '0169 123 4567', '012345', 'abc', '0769-04-04-0x']) {
    assert.equal(parsePhone(bad), undefined, bad);
  }
});

test('phoneDigits strips separators and the country code', () => {
  assert.equal(phoneDigits('(0215) 3826-000'), '02153826000');
  assert.equal(phoneDigits('+84 215 3826 000'), '02153826000');
});

test('nameAfterNumber drops a name’s own bracketed note, so brackets never nest', () => {
  assert.equal(nameAfterNumber('Công an (số khẩn cấp 113)'), 'Công an');
  assert.equal(nameAfterNumber('Tổng đài Ngôi nhà Bình yên'), 'Tổng đài Ngôi nhà Bình yên');
  assert.equal(nameAfterNumber('(chỉ có ghi chú)'), '(chỉ có ghi chú)');
});
