/** The editor's file formats: every content file survives a round trip through the form. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { editorConfig, fieldOrders } from '../../src/admin/config.ts';
import { listFromFile, listToFile, mdxFromFile, mdxToFile, recordFromForm } from '../../src/admin/record-shape.ts';
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

const mdxFiles = ['articles', 'materials'].flatMap((dir) =>
  readdirSync(join('content', dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join('content', dir, name)),
);
const splitMdx = (text: string) => {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(frontmatter), body: body.trim() };
};

for (const file of mdxFiles) {
  test(`${file}: opening and saving unchanged keeps the frontmatter data and the body`, () => {
    const text = readFileSync(file, 'utf8');
    assert.deepEqual(splitMdx(mdxToFile(mdxFromFile(text))), splitMdx(text));
  });
}

test('a cover is a list of at most one image in the form; an empty one leaves no cover in the file', () => {
  const form = mdxFromFile('---\ntitle: "A"\ncover:\n  src: "./images/a.jpg"\n  alt: "Ảnh"\n---\n\nNội dung.\n');
  assert.deepEqual(form.cover, [{ src: './images/a.jpg', alt: 'Ảnh' }]);
  assert.equal(form.body, 'Nội dung.\n');
  assert.deepEqual(splitMdx(mdxToFile({ ...form, cover: [{ src: 'images/b.jpg', alt: 'Ảnh' }] })).data.cover, { src: './images/b.jpg', alt: 'Ảnh' });
  assert.equal(splitMdx(mdxToFile({ ...form, cover: [] })).data.cover, undefined);
});

test('verification is one item in the form, an object in the file', () => {
  const form = listFromFile('- id: a\n  verification:\n    status: unverified\n    reason: "Chưa có nguồn"\n    howToAsk: "Hỏi Sở Y tế"\n');
  assert.deepEqual(form.items[0]?.verification, [{ status: 'unverified', reason: 'Chưa có nguồn', howToAsk: 'Hỏi Sở Y tế' }]);
  assert.deepEqual(parse(listToFile(form))[0].verification, { status: 'unverified', reason: 'Chưa có nguồn', howToAsk: 'Hỏi Sở Y tế' });
});

test('text typed in decomposed form (NFD) is saved composed (NFC)', () => {
  const nfd = 'Điện Biên'.normalize('NFD');
  assert.deepEqual(recordFromForm({ name: nfd }), { name: 'Điện Biên' });
  assert.ok(mdxToFile({ title: nfd, body: nfd }).includes('\nĐiện Biên\n'));
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

test('saved files list fields in form order whatever order the editor hands them back in', () => {
  const orders = fieldOrders(editorConfig({ name: 'test-repo', branch: 'main' }, { tags: [] }));
  const file = 'content/articles/tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi.mdx';
  const form = mdxFromFile(readFileSync(file, 'utf8'));
  const shuffled = Object.fromEntries(Object.entries(form).reverse());
  const keys = (text: string) => Object.keys(splitMdx(text).data);
  assert.deepEqual(keys(mdxToFile(shuffled, orders)), keys(readFileSync(file, 'utf8')));
  const hotlines = listFromFile(readFileSync('content/hotlines.yaml', 'utf8'));
  const reversed = { ...hotlines, items: hotlines.items.map((item) => Object.fromEntries(Object.entries(item).reverse())) };
  assert.equal(JSON.stringify(parse(listToFile(reversed, orders))), JSON.stringify(parse(readFileSync('content/hotlines.yaml', 'utf8'))));
});

test('reported progress is one item in the form, with per-commune figures as rows; the file keeps the map', () => {
  const text = 'reported:\n  value: 60\n  unit: "%"\n  asOf: 2026-09-30\n  sources:\n    - title: "Báo cáo quý III"\n  communes:\n    muong-nhe: 72\n    dien-bien-phu: 55\n';
  const file = `- id: tuyen-truyen-70\n  label: "Tuyên truyền"\n  ${text.replace(/\n(?=.)/g, '\n  ')}`;
  const form = listFromFile(file);
  const reported = form.items[0]?.reported as Array<{ communes: Array<{ commune: string; value: number }> }>;
  assert.equal(reported.length, 1);
  assert.deepEqual(reported[0]?.communes, [
    { commune: 'muong-nhe', value: 72 },
    { commune: 'dien-bien-phu', value: 55 },
  ]);
  assert.deepEqual(parse(listToFile(form)), parse(file));
  // No figures yet: the form's empty list leaves no "reported" in the file, so the site says "chưa có số liệu".
  assert.deepEqual(recordFromForm({ id: 'tuyen-truyen-70', label: 'Tuyên truyền', reported: [] }), { id: 'tuyen-truyen-70', label: 'Tuyên truyền' });
});
