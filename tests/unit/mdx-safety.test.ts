/** The safe MDX dialect (src/lib/content-check/rules/mdx-safety.ts) over valid and hostile bodies. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMdxSource, unsafeUrl } from '../../src/lib/content-check/rules/mdx-safety.ts';

const page = (body: string) => `---\ntitle: Bài\n---\n\n${body}\n`;
const BODY_LINE = 5;

const VALID = [
  '## Tiêu đề mục\n\nĐoạn **đậm**, *nghiêng*, `mã`, ~~gạch~~.\n\n- một\n- hai\n\n1. bước\n\n> trích dẫn',
  'Gọi <Hotline id="tong-dai-111" /> hoặc <Hotline id="cong-an-113" numberOnly />.',
  'Xem [trang](/duong-day-nong/), [văn bản](https://vanban.chinhphu.vn/), [thư](mailto:a@b.vn).',
  '![Hội trường](./images/hoi-truong.jpg)',
  '| Cột | Cột |\n| --- | --- |\n| a | b |',
  '<details>\n<summary>Xem thêm</summary>\n\nNội dung ẩn.\n\n</details>',
  'Viết tắt <abbr title="Ủy ban nhân dân">UBND</abbr>, ngày <time datetime="2026-03-01">01/3</time>.',
  'Dấu ngoặc nhọn viết thoát: \\{ và \\}.',
];

for (const body of VALID) {
  test(`allowed: ${body.slice(0, 40).replace(/\n/g, ' ')}`, () => {
    assert.deepEqual(checkMdxSource(page(body)), []);
  });
}

const HOSTILE: Array<[string, RegExp]> = [
  ['{process.env.HOME}', /mã chạy khi dựng website/],
  ['{process.cwd()}', /mã chạy khi dựng website/],
  ["import fs from 'node:fs'", /"import" hoặc "export"/],
  ['export const x = process.env', /"import" hoặc "export"/],
  ['<script>alert(1)</script>', /<script>/],
  ['<style>{`body{display:none}`}</style>', /<style>/],
  ['<iframe src="https://x.example/" />', /<iframe>/],
  ['<meta http-equiv="refresh" content="0;url=https://x.example/" />', /<meta>/],
  ['<link rel="stylesheet" href="https://x.example/a.css" />', /<link>/],
  ['<object data="x.swf" />', /<object>/],
  ['<embed src="x.swf" />', /<embed>/],
  ['<form action="https://x.example/"><input name="p" /></form>', /<form>/],
  ['<base href="https://x.example/" />', /<base>/],
  ['<SCRIPT>alert(1)</SCRIPT>', /Thẻ <script> chạy mã/],
  ['<span onclick="alert(1)">x</span>', /"onclick"/],
  ['<div onMouseOver="alert(1)">x</div>', /"onMouseOver"/],
  ['<span title={process.env.SECRET}>x</span>', /dấu \{ \}/],
  ['<span {...props}>x</span>', /phần \{…\}/],
  ['<Hotline id={"tong-dai-111"} />', /dấu \{ \}/],
  ['<Hotline />', /cần thuộc tính id/],
  ['<Secret />', /Chỉ dùng được: <Hotline/],
  ['<marquee>x</marquee>', /<marquee> không được dùng/],
  ['<span style="position:fixed">x</span>', /không nhận thuộc tính "style"/],
  ['<a href="https://x.example/">x</a>', /liên kết bằng Markdown/],
  ['<img src="x.jpg" alt="x" />', /ảnh bằng Markdown/],
  ['[x](javascript:alert(1))', /"javascript:"/],
  ['[x](JaVaScRiPt:alert(1))', /"javascript:"/],
  ['[x](vbscript:msgbox(1))', /"vbscript:"/],
  ['[x](data:text/html,<script>alert(1)</script>)', /"data:"/],
  ['![x](data:image/png;base64,iVBORw0KGgo=)', /"data:"/],
  ['[x]: javascript:alert(1)\n\n[bấm][x]', /"javascript:"/],
  ['[x](http://vanban.chinhphu.vn/)', /Dùng https:\/\//],
  ['<div>\n\nchưa đóng', /không được đóng/],
  ['x <!-- ghi chú --> y', /<!-- … -->/],
];

for (const [body, message] of HOSTILE) {
  test(`refused on its line: ${body.slice(0, 50).replace(/\n/g, ' ')}`, () => {
    const findings = checkMdxSource(page(body));
    assert.ok(findings.length > 0, 'nothing found');
    assert.ok(findings.some((finding) => finding.line === BODY_LINE && message.test(finding.message)), JSON.stringify(findings, null, 1));
  });
}

test('unsafe addresses are named, safe ones pass', () => {
  for (const url of ['javascript:x', ' javascript:x', 'java\nscript:x', 'DATA:text/html,x', 'vbscript:x', 'http://a.vn', 'file:///etc/passwd']) {
    assert.ok(unsafeUrl(url), url);
  }
  for (const url of ['https://a.vn/', '/duong-day-nong/', '#muc', './images/a.jpg', 'mailto:a@b.vn', 'tel:111']) {
    assert.equal(unsafeUrl(url), undefined, url);
  }
});
