import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmsTesting, servicesLine, testingStatus } from '../../src/lib/site-services.ts';

const label = (service: string) => ({ 'tu-van-xet-nghiem-hiv': 'Tư vấn, xét nghiệm HIV', methadone: 'Methadone' })[service] ?? service;
const confirmed = { services: ['tu-van-xet-nghiem-hiv'], verification: { status: 'verified' as const } };
const toAsk = { services: ['tu-van-xet-nghiem-hiv', 'methadone'], verification: { status: 'unverified' as const } };

test('a verified point states its services; an unverified one asks the reader to check first', () => {
  assert.equal(servicesLine(confirmed, label), 'Tư vấn, xét nghiệm HIV');
  assert.equal(servicesLine(toAsk, label), 'Cần hỏi trước, chưa xác nhận: Tư vấn, xét nghiệm HIV, Methadone');
});

test('only a verified point that lists testing counts as confirmed to test', () => {
  assert.equal(confirmsTesting(confirmed), true);
  assert.equal(confirmsTesting(toAsk), false);
  assert.equal(confirmsTesting({ services: ['methadone'], verification: { status: 'verified' } }), false);
});

test('the status line counts confirmed points and never claims more', () => {
  assert.match(testingStatus([toAsk, toAsk]), /^Chưa có điểm nào/);
  assert.match(testingStatus([confirmed, toAsk]), /^Có 1 điểm/);
});
