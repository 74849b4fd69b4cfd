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

// Issue #15: facts the reference marks unconfirmed are never stated as fact, and repeated facts agree.
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const allContent = () =>
  (readdirSync(content, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .map((name) => ({ name, text: readFileSync(join(content, name), 'utf8') }));

test('the home page does not promise that every line is free and open day and night', () => {
  assert.doesNotMatch(read('src/pages/index.astro'), /miễn phí, gọi được cả ngày lẫn đêm/);
});

test('posters print the hours of any line that is not open around the clock', () => {
  assert.match(read('src/data/poster-files.ts'), /describeSchedule\(hotline\.data\.hours\)/);
});

test('unconfirmed details appear nowhere: whistleblower amounts, 111 recording, Ngôi nhà Bình yên 18 months and 15 groups', () => {
  for (const { name, text } of allContent()) {
    assert.doesNotMatch(text, /trợ cấp tối đa (20|50)|20\.000\.000 đồng|50\.000\.000 đồng/, name);
    assert.doesNotMatch(text, /ghi âm tự động/, name);
    assert.doesNotMatch(text, /tối đa 18 tháng|15 dân tộc/, name);
    assert.doesNotMatch(text, /quyền đề nghị xem thẻ|đề nghị (họ cho )?xem (T|t)hẻ/, name);
    assert.doesNotMatch(text, /sàng lọc có phản ứng/, name);
  }
});

test('0 đồng/phút for 113, 114, 115 is shown with the pending status of Thông tư 02/2020', () => {
  for (const id of ['cong-an-113', 'cuu-hoa-114', 'cap-cuu-115']) assert.match(hotline(id).cost, /0 đồng\/phút.*chờ xác minh/, id);
});

test('every file that states a rule of Đội 178 from Thông tư 05/2006 also says its 2026 status is pending', () => {
  for (const { name, text } of allContent()) {
    if (/ít nhất 3 thành viên/.test(text)) assert.match(text, /Thông tư (05\/2006|này) còn áp dụng năm 2026 hay không/, name);
  }
});

test('Điều 329 penalties in the FAQ and myths carry the Luật 86/2025 caveat', () => {
  for (const file of ['faq.yaml', 'myths.yaml']) {
    for (const record of load<Record<string, string>>(file)) {
      const text = Object.values(record).filter((v) => typeof v === 'string').join(' ');
      if (/Điều 329/.test(text) && /tù/.test(text)) assert.match(text, /86\/2025/, `${file} ${record.id}`);
    }
  }
});

test('the page for people who sell sex says police send lists and addresses to Sở Y tế (plan V.2)', () => {
  assert.match(read('content/guides/cho-nguoi-ban-dam.mdx'), /Công an tỉnh gửi danh sách và địa chỉ người bán dâm cho Sở Y tế/);
});

test('victims are told they may not be dealt with, not that they cannot be fined', () => {
  assert.doesNotMatch(read('content/guides/nan-nhan-mua-ban-nguoi.mdx'), /Không bị phạt vì đã bị mua bán/);
});

test('the safety page describes the quick-exit timing the code uses', () => {
  assert.match(read('src/components/exit-this-page/exit-this-page.ts'), /WINDOW_MS = 5000/);
  assert.match(read('content/guides/an-toan-khi-truy-cap.mdx'), /mỗi lần cách nhau không quá 5 giây/);
});

test('the border guard command is named as in the plan, and communes do not contradict their own source', () => {
  for (const { name, text } of allContent()) assert.doesNotMatch(text, /Bộ Chỉ huy Bộ đội Biên phòng/, name);
  assert.doesNotMatch(read('content/communes.yaml'), /chưa đối chiếu với văn bản Nghị quyết/);
});

/** Plan V.2: provincial police send lists and addresses of people who sell sex to Sở Y tế. */
const POLICE_TO_HEALTH = /danh sách,? (và )?địa chỉ người bán dâm cho Sở Y tế|Sở Y tế danh sách,? (và )?địa chỉ người bán dâm/;

test("the plan keeps the 2026–2030 programme and each body's duties on data and statistics", () => {
  // The duties of section V live in agencies.yaml (one record per body), shown on /ke-hoach-2026/co-quan/.
  const plan = read('content/guides/ke-hoach-2026.mdx') + read('content/agencies.yaml');
  for (const duty of [/giai đoạn 2026–2030/, /khảo sát số người hoạt động mại dâm/, POLICE_TO_HEALTH, /số người vi phạm về mại dâm bị xử phạt hành chính/, /Báo cáo(, thống kê việc)? (số liệu )?xét xử/]) {
    assert.match(plan, duty);
  }
});

test('no article is dated before an event it reports: its date is the day it was published here', () => {
  for (const name of readdirSync(join(content, 'articles')).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(content, 'articles', name), 'utf8');
    const published = new Date(/^pubDate: (\S+)/m.exec(text)?.[1] ?? '');
    for (const [, d, m, y] of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/g)) {
      assert.ok(new Date(Number(y), Number(m) - 1, Number(d)) <= published, `${name}: ${d}/${m}/${y} after ${published.toISOString()}`);
    }
  }
});

test('no service point is labelled as testing unless its record is verified', async () => {
  const { servicesLine, testingStatus } = await import('../../src/lib/site-services.ts');
  const sites = load<{ services: string[]; verification: { status: 'verified' | 'unverified' } }>('sites.yaml');
  for (const site of sites.filter((s) => s.verification.status === 'unverified')) assert.match(servicesLine(site, String), /^Cần hỏi trước/);
  if (sites.every((s) => s.verification.status === 'unverified')) assert.match(testingStatus(sites), /Chưa có điểm nào/);
});

test('FAQ answers that send readers to a hotline list it, and take its hours and cost from the hotline record', () => {
  const numbers: Record<string, RegExp> = { 'tong-dai-111': /\b111\b/, 'tro-giup-phap-ly': /1800 1233/, 'ngoi-nha-binh-yen': /1900 96 96 80/ };
  for (const faq of load<{ id: string; answer: string; hotlines?: string[] }>('faq.yaml')) {
    for (const [id, number] of Object.entries(numbers)) {
      if (number.test(faq.answer)) assert.ok(faq.hotlines?.includes(id), `${faq.id} names ${id} but does not list it`);
    }
    if (faq.hotlines?.length) assert.doesNotMatch(faq.answer, /24 giờ|cả ngày|thứ Hai|giờ hành chính|miễn phí|cước/, faq.id);
  }
});

test('every page that says where police send data about people who sell sex agrees with plan V.2', () => {
  for (const file of ['services.yaml', 'guides/cho-nguoi-ban-dam.mdx', 'agencies.yaml']) {
    const text = readFileSync(join(content, file), 'utf8');
    assert.match(text, /Phòng Văn hóa [–-] Xã hội/, file);
    assert.match(text, POLICE_TO_HEALTH, file);
  }
});

test('the 16-year-old who "agreed" is always explained with Điều 150 versus Điều 151', () => {
  for (const { name, text } of allContent()) {
    // Only where the example is about trafficking: buying sex from a minor (Điều 329) is another offence.
    if (text.split('\n').some((line) => /16 tuổi[^"\n]*(đồng ý|tự nguyện)/.test(line) && /mua bán/.test(line))) assert.match(text, /Điều 151\), không cần có vũ lực hay lừa gạt\. Với người từ đủ 16 tuổi \(Điều 150\)/, name);
  }
});

test('no article, guide or lesson types the hours of a hotline in its text: <Hotline details /> reads them from the record', () => {
  for (const { name, text } of allContent().filter((file) => file.name.endsWith('.mdx'))) {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    assert.doesNotMatch(body, /cả ngày (lẫn )?đêm|giờ hành chính|thứ Hai đến thứ Sáu|24 giờ mỗi ngày|8 giờ đến 17 giờ/, name);
  }
});

test('wherever a sentence still names a line with its hours, they match the record: legal aid office hours, 111 always', () => {
  for (const { name, text } of allContent()) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
      if (/trợ giúp pháp lý|1800 1233/.test(sentence)) assert.doesNotMatch(sentence, /cả ngày|24 giờ|24\/7/, `${name}: ${sentence}`);
      if (/\b111\b|Tổng đài quốc gia/.test(sentence)) assert.doesNotMatch(sentence, /giờ hành chính|thứ Hai đến thứ Sáu/, `${name}: ${sentence}`);
    }
  }
});

test('no page tells people who sell sex they can still be sent to "giáo dục tại xã, phường" (not applied since 02/7/2012)', () => {
  for (const { name, text } of allContent()) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
      if (/giáo dục tại xã/.test(sentence) && /bán dâm/.test(sentence) && !/Pháp lệnh ghi/.test(sentence)) {
        assert.match(sentence, /không còn áp dụng|không áp dụng|nghĩa là gì|căn cứ pháp luật|hai biện pháp|bỏ giáo dục/, `${name}: ${sentence}`);
      }
    }
  }
});
