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


test('an image in the text without alt text', () => {
  expectProblem('anh-thieu-mo-ta', { file: 'content/articles/bai-mau.mdx', line: 9, message: /thiếu mô tả/ });
});

test('a cover image without alt text', () => {
  expectProblem('bia-thieu-mo-ta', { file: 'content/articles/bai-mau.mdx', field: /cover\.alt/, message: /mô tả ảnh/ });
});

test('a link to an internal page that does not exist', () => {
  expectProblem('lien-ket-hong', { file: 'content/articles/bai-mau.mdx', line: 9, field: /liên kết/, message: /"\/trang-khong-co\/"/ });
});

test('stigmatising words are refused with the preferred wording, file and line', () => {
  expectProblem('tu-ky-thi', { file: 'content/articles/bai-mau.mdx', line: 10, message: /"gái mại dâm".*"người bán dâm"/ });
});

test('a hotline number typed into an article must come from the hotline data instead', () => {
  expectProblem('so-trong-bai', { file: 'content/articles/bai-mau.mdx', line: 9, message: /<Hotline id/ });
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

test('a missing closing quote in YAML is named for what it is, on the line the quote opened', () => {
  expectProblem('yaml-hong', { file: 'content/communes.yaml', line: 2, field: /cú pháp YAML/, message: /Thiếu dấu " đóng/ });
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

/** Cases added for issue 11: each is one staff mistake, caught with file, real line and a fix. */
const ARTICLE = 'content/articles/bai-mau.mdx';
const MISTAKES: Array<[string, { file?: string; line: number; field?: RegExp; message: RegExp }]> = [
  ['so-la-trong-du-lieu', { file: 'content/faq.yaml', line: 3, field: /answer/, message: /"0215 3825 999" không có trong content\/hotlines\.yaml/ }],
  ['so-trong-truong-khac', { line: 5, field: /author/, message: /Không ghi số điện thoại \("0912 345 678"\)/ }],
  ['mdx-import', { line: 9, field: /import/, message: /"import" hoặc "export"/ }],
  ['ban-dich-sai-trang-goc', { file: 'content/translations/an-toan-hmn.mdx', line: 3, field: /original/, message: /Không có trang .* "\/ho-tro\/an-toan\/"/ }],
  ['ghi-am-khong-co', { file: 'content/translations/an-toan-hmn.mdx', line: 12, field: /recordings/, message: /Không tìm thấy tệp ghi âm "loi-chao-tieng-mong\.opus".*content\/recordings\// }],
  ['the-meta-chuyen-huong', { line: 9, field: /<meta>/, message: /chuyển người đọc sang trang khác/ }],
  ['the-script', { line: 9, field: /<script>/, message: /chạy mã/ }],
  ['the-iframe', { line: 9, field: /<iframe>/, message: /nhúng trang/ }],
  ['thuoc-tinh-on', { line: 9, field: /onmouseover/, message: /Xóa thuộc tính/ }],
  ['lien-ket-javascript', { line: 9, field: /liên kết/, message: /"javascript:"/ }],
  ['lien-ket-http', { line: 9, field: /liên kết/, message: /Dùng https:\/\// }],
  ['the-khong-dong', { line: 11, field: /cú pháp MDX/, message: /Thẻ <div> .* không được đóng/ }],
  ['slug-chiem-trang', { file: 'content/guides/trang-moi.mdx', line: 7, field: /slug/, message: /an-toan-khi-truy-cap\.mdx: trang đó sẽ biến mất/ }],
  ['ngay-khong-co-that', { line: 4, field: /"pubDate"/, message: /2026-02-30 không có thật: tháng 2\/2026 chỉ có 28 ngày/ }],
  ['bai-sai-duoi', { file: 'content/articles/bai-moi.md', line: 1, message: /sẽ không lên website.*"bai-moi\.mdx"/ }],
  ['bai-trong-thu-muc-con', { file: 'content/articles/2026/bai-moi.mdx', line: 1, message: /thư mục con không được đăng/ }],
  ['than-bai-trong', { line: 8, field: /thân bài/, message: /chưa có nội dung/ }],
  ['cau-mau', { line: 10, field: /thân bài/, message: /câu mẫu/ }],
  ['so-trong-tieu-de', { line: 2, field: /"title"/, message: /"0912 345 678"/ }],
  ['chu-de-gan-giong', { file: 'content/articles/bai-ba.mdx', line: 6, field: /tags/, message: /Bạn có muốn dùng "kế hoạch"\?/ }],
  ['tieu-de-qua-dai', { line: 2, field: /"title"/, message: /tối đa 90/ }],
  ['mo-ta-qua-dai', { line: 3, field: /"description"/, message: /tối đa 220/ }],
  ['neo-khong-co', { line: 11, field: /liên kết/, message: /Không có mục "#dieu-can-lam".*#điều-cần-làm/ }],
  ['anh-khong-co', { line: 9, field: /ảnh/, message: /Không tìm thấy ảnh "\.\/images\/khong-co\.jpg"/ }],
  ['anh-ten-co-dau', { line: 9, field: /ảnh/, message: /hiện thành chữ.*"anh-tap-huan-01\.jpg"/ }],
  ['ngoac-cong', { line: 2, field: /"title"/, message: /ngoặc cong/ }],
  ['yaml-tab', { line: 7, field: /YAML/, message: /phím Tab ở đầu dòng/ }],
  ['yaml-dau-cach-khong-ngat', { line: 7, field: /YAML/, message: /dấu cách không ngắt/ }],
  ['yaml-dau-hai-cham', { line: 3, field: /YAML/, message: /dấu hai chấm.*ngoặc kép/ }],
  ['xa-goi-y', { file: 'content/sites.yaml', line: 3, field: /"commune"/, message: /Bạn có muốn dùng "dien-bien-phu"\?/ }],
  ['hotline-goi-y', { line: 9, field: /Hotline/, message: /Bạn có muốn dùng "tong-dai-111"\?/ }],
  ['tu-khoa-trang-khong-co', { file: 'content/search-keywords.yaml', line: 1, field: /"id"/, message: /Không có trang "\/duong-day-nongg\/".*Bạn có muốn dùng "\/duong-day-nong\/"\?/ }],
  // Written without its slashes: one message, the format's, not a second "no such page".
  ['tu-khoa-duong-dan-sai', { file: 'content/search-keywords.yaml', line: 1, field: /"id"/, message: /bắt đầu và kết thúc bằng "\/"/ }],
  ['tu-khoa-qua-nhieu', { file: 'content/search-keywords.yaml', line: 3, field: /"keywords"/, message: /Tối đa 12 từ khóa/ }],
];

test('a search keyword given to two pages is a warning on its line: neither page would win it', () => {
  const problems = check('tu-khoa-hai-trang');
  assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
  const [problem] = problems as [ContentProblem];
  assert.equal(problem.severity, 'warning');
  assert.equal(problem.file, 'content/search-keywords.yaml');
  assert.equal(problem.line, 7);
  assert.match(problem.message, /"Hotline" đã ghi cho trang \/duong-day-nong\//);
});

for (const [caseName, expected] of MISTAKES) {
  test(`mistake "${caseName}" is caught with file, line and fix`, () => {
    expectProblem(caseName, { ...expected, file: expected.file ?? ARTICLE });
  });
}

test('code in an MDX body ({process.env.HOME}) is refused on its line, never run', () => {
  const problems = check('mdx-ma-lenh');
  assert.equal(problems.length, 2, problems.map(formatProblem).join('\n'));
  for (const problem of problems) {
    assert.equal(problem.file, ARTICLE);
    assert.equal(problem.line, 9);
    assert.match(problem.message, /mã chạy khi dựng website/);
  }
});

test('a file saved with a byte-order mark and Windows line endings is simply accepted', () => {
  assert.deepEqual(check('bom-crlf'), []);
});
