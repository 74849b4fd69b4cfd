/**
 * Pins each commune's former districts to the official catalogue. Every one of the 129 old units
 * belonged to exactly one of the 10 district-level units that existed until 30/6/2025; a new commune's
 * former districts are the districts of the old units merged into it (NQ 1661/NQ-UBTVQH15).
 *
 * Source: Danh mục đơn vị hành chính Việt Nam, Tổng cục Thống kê (mã huyện 094–103), as downloaded on
 * 01/11/2021 into github.com/daohoangson/dvhcvn data/dvhcvn.json; it already reflects NQ 815/NQ-UBTVQH14
 * (2019), which moved Nà Tấu, Nà Nhạn, Mường Phăng and Pá Khoang into thành phố Điện Biên Phủ.
 * Names are written as NQ 1661 writes them; where the catalogue spells one differently it is noted.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const CATALOGUE: Record<string, string[]> = {
  'thành phố Điện Biên Phủ': [
    'phường Noong Bua', 'phường Him Lam', 'phường Thanh Bình', 'phường Tân Thanh', 'phường Mường Thanh', 'phường Nam Thanh',
    'phường Thanh Trường', 'xã Thanh Minh', 'xã Nà Tấu', 'xã Nà Nhạn', 'xã Mường Phăng', 'xã Pá Khoang',
  ],
  'thị xã Mường Lay': ['phường Sông Đà', 'phường Na Lay', 'xã Lay Nưa'],
  'huyện Mường Nhé': [
    'xã Sín Thầu', 'xã Sen Thượng', 'xã Chung Chải', 'xã Leng Su Sìn', 'xã Pá Mỳ', 'xã Mường Nhé', 'xã Nậm Vì', 'xã Nậm Kè',
    'xã Mường Toong', 'xã Quảng Lâm',
    'xã Huổi Lếch', // catalogue: Huổi Lếnh
  ],
  'huyện Mường Chà': [
    'thị trấn Mường Chà',
    'xã Sá Tổng', // catalogue: Xá Tổng
    'xã Mường Tùng', 'xã Hừa Ngài', 'xã Huổi Mí', 'xã Pa Ham', 'xã Nậm Nèn', 'xã Huổi Lèng', 'xã Sa Lông', 'xã Ma Thì Hồ',
    'xã Na Sang', 'xã Mường Mươn',
  ],
  'huyện Tủa Chùa': [
    'thị trấn Tủa Chùa', 'xã Huổi Só',
    'xã Sín Chải', // catalogue: Xín Chải
    'xã Tả Sìn Thàng', 'xã Lao Xả Phình', 'xã Tả Phìn', 'xã Tủa Thàng', 'xã Trung Thu', 'xã Sính Phình',
    'xã Xá Nhè', // catalogue: Sáng Nhè (code 03244), the only Tủa Chùa unit NQ 1661 does not name otherwise
    'xã Mường Đun', 'xã Mường Báng',
  ],
  'huyện Tuần Giáo': [
    'thị trấn Tuần Giáo', 'xã Phình Sáng', 'xã Rạng Đông', 'xã Mùn Chung', 'xã Nà Tòng', 'xã Ta Ma', 'xã Mường Mùn', 'xã Pú Xi',
    'xã Pú Nhung', 'xã Quài Nưa', 'xã Mường Thín', 'xã Tỏa Tình', 'xã Nà Sáy', 'xã Mường Khong', 'xã Quài Cang', 'xã Quài Tở',
    'xã Chiềng Sinh', 'xã Chiềng Đông', 'xã Tênh Phông',
  ],
  'huyện Điện Biên': [
    'xã Mường Pồn', 'xã Thanh Nưa', 'xã Hua Thanh', 'xã Thanh Luông', 'xã Thanh Hưng', 'xã Thanh Xương', 'xã Thanh Chăn',
    'xã Pa Thơm', 'xã Thanh An', 'xã Thanh Yên', 'xã Noong Luống',
    'xã Noong Hẹt', // catalogue: Noọng Hẹt
    'xã Sam Mứn', 'xã Pom Lót', 'xã Núa Ngam', 'xã Hẹ Muông', 'xã Na Ư', 'xã Mường Nhà', 'xã Na Tông', 'xã Mường Lói',
    'xã Phu Luông',
  ],
  'huyện Điện Biên Đông': [
    'thị trấn Điện Biên Đông', 'xã Na Son', 'xã Phì Nhừ', 'xã Chiềng Sơ', 'xã Mường Luân',
    'xã Pu Nhi', // catalogue: Pú Nhi
    'xã Nong U', 'xã Xa Dung', 'xã Keo Lôm',
    'xã Luân Giói', // catalogue: Luân Giới
    'xã Phình Giàng', 'xã Pú Hồng', 'xã Tìa Dình', 'xã Háng Lìa',
  ],
  'huyện Mường Ảng': [
    'thị trấn Mường Ảng', 'xã Mường Đăng', 'xã Ngối Cáy', 'xã Ẳng Tở', 'xã Búng Lao', 'xã Xuân Lao', 'xã Ẳng Nưa', 'xã Ẳng Cang',
    'xã Nặm Lịch', 'xã Mường Lạn',
  ],
  'huyện Nậm Pồ': [
    'xã Nậm Tin', 'xã Pa Tần', 'xã Chà Cang', 'xã Na Cô Sa', 'xã Nà Khoa', 'xã Nà Hỳ', 'xã Nà Bủng', 'xã Nậm Nhừ', 'xã Nậm Chua',
    'xã Nậm Khăn', 'xã Chà Tở', 'xã Vàng Đán', 'xã Chà Nưa', 'xã Phìn Hồ', 'xã Si Pa Phìn',
  ],
};

interface Commune {
  id: string;
  formerUnits: string[];
  formerDistricts?: string[];
}
const communes = parse(readFileSync(join(import.meta.dirname, '../../content/communes.yaml'), 'utf8')) as Commune[];
const districtOf = new Map(Object.entries(CATALOGUE).flatMap(([district, units]) => units.map((unit) => [unit, district] as const)));

test('the catalogue has 10 former districts and 129 old units, each in one district', () => {
  assert.equal(Object.keys(CATALOGUE).length, 10);
  assert.equal(Object.values(CATALOGUE).flat().length, 129);
  assert.equal(districtOf.size, 129);
});

test('the old units in communes.yaml are exactly the catalogue’s', () => {
  const listed = communes.flatMap((commune) => commune.formerUnits).sort();
  assert.deepEqual(listed, [...districtOf.keys()].sort());
});

test('each commune lists exactly the districts its old units belonged to', () => {
  for (const commune of communes) {
    const expected = [...new Set(commune.formerUnits.map((unit) => districtOf.get(unit)))].sort();
    assert.deepEqual([...(commune.formerDistricts ?? [])].sort(), expected, commune.id);
  }
});
