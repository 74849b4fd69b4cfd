import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countSyllables, longSentencesInMdx, longSentencesInYaml, readabilityFindings, sentencesOf } from '../../src/lib/readability.ts';

const words = (n: number) => Array.from({ length: n }, () => 'tiếng').join(' ');

test('syllables are the space-separated tokens that contain a letter or digit', () => {
  assert.equal(countSyllables('Gọi 111 – miễn phí, cả ngày lẫn đêm.'), 8);
});

test('sentences end at . ! ? followed by a space, not inside 1.000.000 or 01/3/2026', () => {
  assert.deepEqual(sentencesOf('Phạt 1.000.000 đồng từ 01/3/2026. Hỏi ngay! Vì sao?'), ['Phạt 1.000.000 đồng từ 01/3/2026.', 'Hỏi ngay!', 'Vì sao?']);
});

test('a 36-syllable sentence is flagged with its line; 35 is not', () => {
  const body = `${words(35)}.\n\n${words(36)}. ${words(3)}.`;
  const found = longSentencesInMdx(body, 10);
  assert.deepEqual(found.map((s) => [s.line, s.syllables]), [[12, 36]]);
});

test('tables, code and the link targets are not counted', () => {
  const body = `| ${words(40)} |\n\`\`\`\n${words(40)}\n\`\`\`\n[${words(30)}](/a-b-c-d-e-f-g/h-i-j-k-l-m-n/)`;
  assert.deepEqual(longSentencesInMdx(body, 1), []);
});

test('only prose fields of YAML records are read, with their line', () => {
  const yaml = `- id: "${words(40)}"\n  whatHappens: "${words(40)}."\n`;
  assert.deepEqual(longSentencesInYaml(yaml).map((s) => s.line), [2]);
});

test('long sentences are errors on strict pages and warnings elsewhere', () => {
  const text = `${words(40)}.`;
  const findings = readabilityFindings([
    { file: 'a.mdx', kind: 'mdx', text, firstLine: 5, strict: true },
    { file: 'b.mdx', kind: 'mdx', text, firstLine: 1, strict: false },
  ]);
  assert.deepEqual(findings.map((f) => [f.file, f.line, f.severity]), [['a.mdx', 5, 'error'], ['b.mdx', 1, 'warning']]);
  assert.match(findings[0]?.message ?? '', /40 tiếng.*Tách/);
});
