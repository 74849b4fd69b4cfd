/**
 * The facts that do most harm when wrong, checked against the published data. Each expectation comes
 * from ../shared/reference (law-and-hotlines.md §7, dien-bien.md §1–2) or the plan 1447/KH-UBND §II.1.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { parsePhone } from '../../src/lib/phone.ts';

const content = join(import.meta.dirname, '../../content');
const load = <T>(name: string) => parse(readFileSync(join(content, name), 'utf8')) as T[];
type Hotline = { id: string; number: string; cost: string; hours: { alwaysOpen?: boolean; periods?: unknown[] }; verification: { status: string } };
const hotlines = load<Hotline>('hotlines.yaml');
const hotline = (id: string) => {
  const found = hotlines.find((h) => h.id === id);
  assert.ok(found, id);
  return found;
};

test('hotline numbers are the published ones', () => {
  const digits = Object.fromEntries(hotlines.map((h) => [h.id, parsePhone(h.number)?.digits]));
  assert.deepEqual(digits, {
    'tong-dai-111': '111',
    'cong-an-113': '113',
    'cuu-hoa-114': '114',
    'cap-cuu-115': '115',
    'ngoi-nha-binh-yen': '1900969680',
    'tro-giup-phap-ly': '18001233',
    'ma-tuy': '0769040404',
  });
});

test('111 and the legal-aid line are free; 111 answers around the clock, legal aid in office hours', () => {
  assert.equal(hotline('tong-dai-111').hours.alwaysOpen, true);
  assert.match(hotline('tong-dai-111').cost, /miễn phí/i);
  assert.match(hotline('tro-giup-phap-ly').cost, /miễn phí/i);
  assert.deepEqual(hotline('tro-giup-phap-ly').hours.periods, [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '17:00' }]);
});

test('the cost of calling 1900 96 96 80 is not stated as confirmed', () => {
  assert.doesNotMatch(hotline('ngoi-nha-binh-yen').cost, /^miễn phí/i);
  assert.match(hotline('ngoi-nha-binh-yen').cost, /chưa/i);
});

test('retired and unconfirmed numbers are published nowhere', () => {
  const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|mdx)$/.test(f));
  for (const file of files) {
    const text = readFileSync(join(content, file), 'utf8').replace(/[\s.]/g, '');
    for (const number of ['18001567', '18001768', '02153826000']) {
      assert.ok(!text.includes(number), `${file} contains ${number}`);
    }
  }
});

test('there are 45 communes: 42 xã and 3 phường, merging exactly 129 old units', () => {
  const communes = load<{ id: string; name: string; type: string; formerUnits: string[] }>('communes.yaml');
  assert.equal(communes.length, 45);
  assert.equal(communes.filter((c) => c.type === 'phuong').length, 3);
  assert.deepEqual(communes.filter((c) => c.type === 'phuong').map((c) => c.name).sort(), ['Mường Lay', 'Mường Thanh', 'Điện Biên Phủ'].sort());
  assert.equal(communes.flatMap((c) => c.formerUnits).length, 129);
  assert.equal(new Set(communes.flatMap((c) => c.formerUnits)).size, 129);
});

test("the plan's headline targets are in the data with their numbers", () => {
  const targets = load<{ target: string; value?: number }>('plan-targets.yaml');
  const values = targets.map((t) => t.value);
  for (const expected of [100, 70, 90, 80, 20, 45]) assert.ok(values.includes(expected), `target ${expected}`);
});

test('the criminal-law page carries the penalty ranges of Điều 327 and 329 from the reference', () => {
  const page = readFileSync(join(content, 'guides/bo-luat-hinh-su.mdx'), 'utf8');
  for (const range of ['01–05 năm', '05–10 năm', '10–15 năm', '06 tháng – 03 năm']) {
    assert.ok(page.replace(/-/g, '–').includes(range), range);
  }
});

test('the administrative-fines page gives the confirmed fine for buying sex and no guessed figure for selling it', () => {
  const page = readFileSync(join(content, 'guides/xu-phat-hanh-chinh.mdx'), 'utf8');
  assert.match(page, /1\.000\.000/);
  assert.match(page, /2\.000\.000/);
  assert.match(page, /chờ xác minh/);
  // Superseded decrees' fines for selling sex must not appear as current figures.
  assert.ok(!page.includes('100.000 – 300.000') && !page.includes('100.000–300.000'));
});
