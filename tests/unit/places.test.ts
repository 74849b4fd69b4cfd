import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { removeMarks } from '../../src/lib/fold.ts';
import { buildPlaceIndex, matchPlaces, placeKey, renamedPlaces, resolveCommunes, type CommuneNames } from '../../src/lib/places.ts';

const communes = (parse(readFileSync(join(import.meta.dirname, '../../content/communes.yaml'), 'utf8')) as CommuneNames[]).map((c) => ({
  ...c,
  formerDistricts: c.formerDistricts ?? [],
  spellingVariants: c.spellingVariants ?? [],
}));
const index = buildPlaceIndex(communes);
const first = (query: string) => resolveCommunes(query, index)[0];

test('placeKey folds marks, đ and administrative prefixes', () => {
  assert.equal(placeKey('Phường Him Lam'), 'him lam');
  assert.equal(placeKey('THỊ TRẤN Mường Chà'), 'muong cha');
  assert.equal(placeKey('huyện Điện Biên Đông'), 'dien bien dong');
});

test('every one of the 45 current names finds its own commune, typed any way', () => {
  for (const commune of communes) {
    for (const typed of [commune.name, removeMarks(commune.name).toLowerCase(), commune.name.toUpperCase()]) {
      assert.equal(first(typed), commune.id, `${typed} → ${commune.id}`);
    }
  }
});

test('every one of the 129 old units resolves to the commune it merged into, with or without marks', () => {
  for (const commune of communes) {
    for (const unit of commune.formerUnits) {
      assert.ok(resolveCommunes(unit, index).includes(commune.id), `${unit} → ${commune.id}`);
      assert.ok(resolveCommunes(removeMarks(unit), index).includes(commune.id), `${removeMarks(unit)} → ${commune.id}`);
    }
  }
});

test('familiar old names people still use', () => {
  assert.equal(first('him lam'), 'dien-bien-phu');
  assert.equal(first('thi tran muong cha'), 'na-sang');
  assert.equal(first('Noong Bua'), 'muong-thanh');
});

test('spelling variants noted in the reference are accepted', () => {
  assert.ok(resolveCommunes('Luân Giới', index).includes('muong-luan'));
  assert.ok(resolveCommunes('xa tong', index).includes('muong-lay'));
});

test('each of the 10 former districts leads to every new commune that took part of it', () => {
  const districts = index.filter((alias) => alias.kind === 'former-district');
  assert.equal(districts.length, 10);
  for (const district of districts) {
    const expected = communes.filter((c) => c.formerDistricts.includes(district.label)).map((c) => c.id).sort();
    assert.deepEqual([...resolveCommunes(district.label, index)].sort(), expected, district.label);
    assert.deepEqual([...resolveCommunes(removeMarks(district.label), index)].sort(), expected, removeMarks(district.label));
  }
});

test('a district is not mistaken for the longer names that start with it', () => {
  assert.deepEqual(
    resolveCommunes('huyen dien bien', index).sort(),
    ['muong-nha', 'muong-pon', 'muong-thanh', 'nua-ngam', 'sam-mun', 'thanh-an', 'thanh-nua', 'thanh-yen'],
  );
  assert.ok(!resolveCommunes('huyện Điện Biên', index).includes('na-son'), 'Na Son was in huyện Điện Biên Đông');
  // A bare name that is also today's commune means the commune (and the old town of that name).
  assert.deepEqual(resolveCommunes('Mường Ảng', index), ['muong-ang']);
  assert.deepEqual(resolveCommunes('muong cha', index), ['muong-cha', 'na-sang']);
  // Units that straddled two old districts are found from either.
  assert.ok(resolveCommunes('huyện Tuần Giáo', index).includes('sang-nhe'));
  assert.ok(resolveCommunes('huyện Tủa Chùa', index).includes('sang-nhe'));
});

test('the reader is told where every exactly matched old name is now', () => {
  const renamed = (query: string) => renamedPlaces(matchPlaces(query, index)).map((alias) => alias.label);
  assert.deepEqual(renamed('muong cha'), ['thị trấn Mường Chà']);
  assert.deepEqual(renamed('huyen tua chua'), ['huyện Tủa Chùa']);
  assert.deepEqual(renamed('him la'), ['phường Him Lam']);
  assert.deepEqual(renamed('Sín Thầu'), [], 'the old xã Sín Thầu is now part of the xã of the same name');
  assert.deepEqual(renamed('Điện Biên Đông'), ['thị trấn Điện Biên Đông', 'huyện Điện Biên Đông']);
});

test('partly typed names match on word beginnings', () => {
  assert.ok(resolveCommunes('muong th', index).includes('muong-thanh'));
  assert.deepEqual(resolveCommunes('', index), []);
  assert.deepEqual(resolveCommunes('xyz khong co', index), []);
});
