/** The editor's "yaml-list" format: every content/*.yaml list survives a round trip through the form. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { listFromFile, listToFile, recordFromForm } from '../../src/admin/record-shape.ts';
import { CONTENT_FILES } from '../../src/content-layout.ts';

const yamlFiles = Object.values(CONTENT_FILES).flatMap((entry) => ('file' in entry ? [entry.file] : []));

for (const name of yamlFiles) {
  test(`content/${name}: opening and saving unchanged keeps every record and every comment`, () => {
    const text = readFileSync(`content/${name}`, 'utf8');
    const saved = listToFile(listFromFile(text));
    assert.deepEqual(parse(saved), parse(text));
    const comments = (source: string) => source.split('\n').filter((line) => line.trimStart().startsWith('#')).map((line) => line.trim());
    assert.deepEqual(comments(saved), comments(text));
  });
}

test('verification is one item in the form, an object in the file', () => {
  const form = listFromFile('- id: a\n  verification:\n    status: unverified\n    reason: "Chưa có nguồn"\n    howToAsk: "Hỏi Sở Y tế"\n');
  assert.deepEqual(form.items[0]?.verification, [{ status: 'unverified', reason: 'Chưa có nguồn', howToAsk: 'Hỏi Sở Y tế' }]);
  assert.deepEqual(parse(listToFile(form))[0].verification, { status: 'unverified', reason: 'Chưa có nguồn', howToAsk: 'Hỏi Sở Y tế' });
});

test('fields left empty in the form are left out of the file; hours keep only the part that applies', () => {
  assert.deepEqual(
    recordFromForm({
      id: 'a',
      address: '',
      shortLabel: null,
      coordinates: {},
      phones: [],
      hours: { alwaysOpen: true, periods: [{ days: ['mon'], opens: '07:00', closes: '17:00' }], note: '' },
    }),
    { id: 'a', phones: [], hours: { alwaysOpen: true } },
  );
  assert.deepEqual(recordFromForm({ hours: { alwaysOpen: false, periods: [{ days: ['mon'], opens: '07:00', closes: '17:00' }] } }), {
    hours: { periods: [{ days: ['mon'], opens: '07:00', closes: '17:00' }] },
  });
});
