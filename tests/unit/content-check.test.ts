/**
 * Every kind of bad input a staff member can produce, each with its fixture under
 * tests/fixtures/content/cases/<case>/: files laid over a small valid content tree (../base/).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkContent, formatProblem, type ContentProblem } from '../../src/lib/content-check.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/content');
const workspace = mkdtempSync(join(tmpdir(), 'content-check-'));
after(() => rmSync(workspace, { recursive: true, force: true }));

function check(caseName?: string): ContentProblem[] {
  const root = join(workspace, caseName ?? 'base', 'content');
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  if (caseName) cpSync(join(FIXTURES, 'cases', caseName), root, { recursive: true });
  return checkContent(root);
}

/** Exactly one problem, in the expected file, line and field, with a fix in plain Vietnamese. */
function expectProblem(caseName: string, expected: { file: string; line?: number; field?: RegExp; message: RegExp }) {
  const problems = check(caseName);
  assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
  const [problem] = problems as [ContentProblem];
  assert.equal(problem.file, expected.file);
  if (expected.line !== undefined) assert.equal(problem.line, expected.line);
  if (expected.field) assert.match(problem.field ?? '', expected.field);
  assert.match(problem.message, expected.message);
}

test('the valid base content has no problems', () => {
  assert.deepEqual(check(), []);
});

test('a missing required field names the field', () => {
  expectProblem('thieu-truong', { file: 'content/articles/bai-mau.mdx', field: /"title"/, message: /tiêu đề/ });
});

test('a wrong-typed field explains the allowed values and gives the technical detail', () => {
  const [problem] = check('sai-kieu');
  assert.ok(problem);
  assert.match(problem.field ?? '', /"draft"/);
  assert.match(problem.message, /true.*false/);
  assert.match(problem.technical ?? '', /invalid_type/);
  assert.equal(problem.line, 6);
});

test('an impossible date asks for YEAR-MONTH-DAY', () => {
  expectProblem('ngay-sai', { file: 'content/articles/bai-mau.mdx', line: 4, field: /"pubDate"/, message: /NĂM-THÁNG-NGÀY/ });
});

test('a malformed phone number says which formats are valid', () => {
  expectProblem('so-dien-thoai-sai', { file: 'content/hotlines.yaml', line: 2, field: /tong-dai-111.*"number"/, message: /"1800 12" không hợp lệ.*1800\/1900/ });
});

test('a service point in a commune that does not exist', () => {
  expectProblem('xa-khong-ton-tai', { file: 'content/sites.yaml', field: /commune/, message: /"him-lam" không có trong content\/communes\.yaml/ });
});

test('a duplicate id', () => {
  expectProblem('trung-ma', { file: 'content/sites.yaml', field: /id/, message: /đã được dùng/ });
});

test('a description longer than share cards show asks for a shorter one', () => {
  expectProblem('mo-ta-qua-dai', { file: 'content/articles/bai-mau.mdx', line: 3, field: /"description"/, message: /dài quá 200 ký tự/ });
});

test('an image in the text without alt text', () => {
  expectProblem('anh-thieu-mo-ta', { file: 'content/articles/bai-mau.mdx', line: 8, message: /thiếu mô tả/ });
});

test('a cover image without alt text', () => {
  expectProblem('bia-thieu-mo-ta', { file: 'content/articles/bai-mau.mdx', field: /cover\.alt/, message: /mô tả ảnh/ });
});

test('a link to an internal page that does not exist', () => {
  expectProblem('lien-ket-hong', { file: 'content/articles/bai-mau.mdx', line: 8, field: /liên kết/, message: /"\/trang-khong-co\/"/ });
});

test('stigmatising words are refused with the preferred wording, file and line', () => {
  expectProblem('tu-ky-thi', { file: 'content/articles/bai-mau.mdx', line: 9, message: /"gái mại dâm".*"người bán dâm"/ });
});

test('a hotline number typed into an article must come from the hotline data instead', () => {
  expectProblem('so-trong-bai', { file: 'content/articles/bai-mau.mdx', line: 8, message: /<Hotline id/ });
});

test('a <Hotline> that does not exist', () => {
  expectProblem('hotline-khong-co', { file: 'content/articles/bai-mau.mdx', message: /"tong-dai-999"/ });
});

test('a verified date in the future', () => {
  expectProblem('ngay-xac-minh-tuong-lai', { file: 'content/hotlines.yaml', field: /verification\.date/, message: /tương lai/ });
});

test('a file name with tone marks gets the ASCII name to use', () => {
  const problems = check('ten-tep-co-dau');
  const problem = problems.find((p) => p.file === 'content/articles/Bài mới.mdx');
  assert.ok(problem, problems.map(formatProblem).join('\n'));
  assert.match(problem.message, /"bai-moi\.mdx"/);
});

test('broken YAML syntax points at the line', () => {
  const problems = check('yaml-hong');
  assert.ok(problems.length >= 1);
  assert.equal(problems[0]?.file, 'content/communes.yaml');
  assert.match(problems[0]?.message ?? '', /cú pháp YAML/);
});

test('the pre-build command exits non-zero and prints file, line and fix for bad content', () => {
  const root = join(workspace, 'cli', 'content');
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  cpSync(join(FIXTURES, 'cases', 'so-dien-thoai-sai'), root, { recursive: true });
  const run = spawnSync(process.execPath, ['src/cli/check-content.ts'], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /✗ content\/hotlines\.yaml:2 — bản ghi thứ 1 "tong-dai-111", trường "number"/);
  assert.match(run.stderr, /chi tiết kỹ thuật/);
  assert.match(run.stderr, /CONTRIBUTING\.md/);
});
