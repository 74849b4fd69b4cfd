/**
 * The safe MDX dialect, enforced on the syntax tree Astro's own MDX parser (satteri) produces: Markdown,
 * the project's components with literal props, and a short list of plain HTML elements and attributes.
 * Nothing in a content file can run code at build time, script or redirect a page, or load another site.
 */
import { mdxToMdast } from 'satteri';
import { mdxSyntaxProblem } from '../mdx-errors.ts';
import { isJsxElement, lineOfNode, walk, type TreeNode } from '../mdx-tree.ts';
import type { ContentProblem, Rule } from '../types.ts';

/** Components staff may use, with the props each accepts (always literal strings). */
export const ALLOWED_COMPONENTS: Record<string, { props: string[]; required: string[]; example: string }> = {
  Hotline: { props: ['id', 'numberOnly', 'details'], required: ['id'], example: '<Hotline id="tong-dai-111" />' },
};

const GLOBAL_ATTRIBUTES = ['id', 'class', 'title', 'lang', 'dir'];

/** Plain HTML that Markdown cannot express; links and images are written in Markdown instead. */
export const ALLOWED_HTML: Record<string, string[]> = {
  ...Object.fromEntries(['div', 'span', 'p', 'br', 'hr', 'strong', 'em', 'b', 'i', 'u', 's', 'mark', 'small', 'sub', 'sup', 'kbd', 'code', 'pre', 'blockquote', 'ul', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'details', 'summary', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, []])),
  abbr: ['title'],
  ol: ['start', 'reversed', 'type'],
  table: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  time: ['datetime'],
  q: [],
  del: [],
  ins: [],
};

/** Elements refused with a specific reason. */
const FORBIDDEN: Record<string, string> = {
  script: 'Thẻ <script> chạy mã trên máy người đọc.',
  style: 'Thẻ <style> thay đổi giao diện cả trang.',
  iframe: 'Thẻ <iframe> nhúng trang của nơi khác vào website.',
  frame: 'Thẻ <frame> nhúng trang của nơi khác vào website.',
  meta: 'Thẻ <meta> có thể chuyển người đọc sang trang khác.',
  link: 'Thẻ <link> tải tệp từ nơi khác.',
  object: 'Thẻ <object> nhúng chương trình từ nơi khác.',
  embed: 'Thẻ <embed> nhúng chương trình từ nơi khác.',
  form: 'Thẻ <form> có thể gửi thông tin người đọc đi nơi khác.',
  input: 'Ô nhập liệu có thể thu thông tin người đọc.',
  button: 'Nút bấm không dùng được trong bài.',
  base: 'Thẻ <base> đổi địa chỉ mọi liên kết trên trang.',
  svg: 'Hình SVG có thể chứa mã chạy được.',
  math: 'Thẻ <math> không được hỗ trợ.',
  video: 'Video nhúng làm trang rất nặng với người đọc dùng mạng di động.',
  audio: 'Âm thanh nhúng làm trang rất nặng với người đọc dùng mạng di động.',
  a: 'Liên kết viết bằng thẻ <a> không được kiểm tra như liên kết Markdown.',
  img: 'Ảnh viết bằng thẻ <img> không được thu nhỏ và kiểm tra như ảnh Markdown.',
};

const FORBIDDEN_FIX: Record<string, string> = {
  a: 'Viết liên kết bằng Markdown: [chữ hiện ra](https://dia-chi) hoặc [chữ](/duong-day-nong/).',
  img: 'Viết ảnh bằng Markdown: ![Mô tả ảnh](./images/ten-anh.jpg).',
};

/** Link and image addresses that run code or smuggle content instead of pointing at a page. */
export function unsafeUrl(url: string): string | undefined {
  // Browsers ignore whitespace and control characters inside the scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    return `Địa chỉ bắt đầu bằng "${scheme}:" không được dùng: nó chạy mã hoặc nhúng nội dung lạ thay vì mở một trang. Dùng địa chỉ https:// của trang cần dẫn tới.`;
  }
  if (scheme === 'http') return `Liên kết "${url}" dùng http:// (không mã hóa). Dùng https:// thay cho http://; nếu trang đó không có https, đừng dẫn tới nó.`;
  if (scheme && !['https', 'mailto', 'tel'].includes(scheme)) return `Địa chỉ kiểu "${scheme}:" không được dùng. Chỉ dùng https://, mailto: hoặc đường dẫn bắt đầu bằng /.`;
  return undefined;
}

export interface MdxFinding {
  line: number | undefined;
  field: string;
  message: string;
  technical?: string;
}

/** Everything in a parsed MDX tree that is outside the safe dialect. */
export function findUnsafeMdx(tree: unknown): MdxFinding[] {
  const findings: MdxFinding[] = [];
  const add = (node: TreeNode, field: string, message: string) => findings.push({ line: lineOfNode(node), field, message });
  walk(tree as TreeNode, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'import/export', 'Dòng "import" hoặc "export" chạy mã khi dựng website và không được dùng trong bài. Xóa dòng này; thành phần <Hotline /> có sẵn, không cần import.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          'dấu { }',
          `Phần trong dấu ngoặc nhọn {${String(node.value ?? '').slice(0, 40)}} là mã chạy khi dựng website và không được dùng. Xóa nó; nếu cần hiện dấu ngoặc nhọn, viết \\{ và \\}.`,
        );
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const problem = unsafeUrl(node.url ?? '');
        if (problem) add(node, node.type === 'image' ? 'ảnh' : 'liên kết', problem);
        return;
      }
    }
    if (!isJsxElement(node)) return;
    const name = node.name ?? '';
    if (!name) {
      add(node, 'thẻ', 'Thẻ rỗng <></> không được dùng. Xóa "<>" và "</>".');
      return;
    }
    const component = ALLOWED_COMPONENTS[name];
    const forbidden = FORBIDDEN[name.toLowerCase()];
    if (forbidden) {
      add(node, `thẻ <${name}>`, `${forbidden} ${FORBIDDEN_FIX[name.toLowerCase()] ?? 'Xóa thẻ này. Các thẻ được dùng được liệt kê trong CONTRIBUTING.md, mục "Thẻ được dùng trong bài".'}`);
      return;
    }
    if (!component && !ALLOWED_HTML[name]) {
      const hint = /^[A-Z]/.test(name)
        ? `Chỉ dùng được: ${Object.values(ALLOWED_COMPONENTS).map((c) => c.example).join(', ')}.`
        : 'Xem danh sách thẻ được dùng trong CONTRIBUTING.md, mục "Thẻ được dùng trong bài".';
      add(node, `thẻ <${name}>`, `Thẻ <${name}> không được dùng trong bài. ${hint}`);
      return;
    }
    const allowedProps = component ? component.props : [...GLOBAL_ATTRIBUTES, ...(ALLOWED_HTML[name] ?? [])];
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute') {
        add(node, `thẻ <${name}>`, `Thẻ <${name}> có phần {…} (mã chạy khi dựng website). Chỉ ghi thuộc tính dạng tên="giá trị".`);
        continue;
      }
      const attrName = attr.name ?? '';
      if (/^on/i.test(attrName)) {
        add(node, `thuộc tính ${attrName}`, `Thuộc tính "${attrName}" chạy mã trên máy người đọc và không được dùng. Xóa thuộc tính này.`);
      } else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
        add(node, `thuộc tính ${attrName}`, `Giá trị của "${attrName}" viết trong dấu { } là mã chạy khi dựng website. Viết giá trị trong ngoặc kép: ${attrName}="…".`);
      } else if (!allowedProps.includes(attrName)) {
        add(
          node,
          `thuộc tính ${attrName}`,
          `Thẻ <${name}> không nhận thuộc tính "${attrName}"${attrName === 'style' ? ' (giao diện do website quy định)' : ''}. ${allowedProps.length ? `Thuộc tính được dùng: ${allowedProps.join(', ')}.` : 'Xóa thuộc tính này.'}`,
        );
      } else if (typeof attr.value === 'string' && unsafeUrl(attr.value) && /^(href|src|cite)$/.test(attrName)) {
        add(node, `thuộc tính ${attrName}`, unsafeUrl(attr.value) ?? '');
      }
    }
    for (const required of component?.required ?? []) {
      if (!node.attributes?.some((attr) => attr.type === 'mdxJsxAttribute' && attr.name === required && typeof attr.value === 'string' && attr.value)) {
        add(node, `thẻ <${name}>`, `Thẻ <${name}> cần thuộc tính ${required}="…", ví dụ ${component?.example}.`);
      }
    }
  });
  return findings;
}

/** Parses and checks one MDX source; a syntax error is a finding too. Used by the unit tests and the rule. */
export function checkMdxSource(source: string): MdxFinding[] {
  let tree: unknown;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    const { line, field, message, technical } = mdxSyntaxProblem(error, '');
    return [{ line, field: field ?? 'cú pháp MDX', message, ...(technical ? { technical } : {}) }];
  }
  return findUnsafeMdx(tree);
}

export const mdxSafety: Rule = {
  name: 'mdx-an-toan',
  check: (content) =>
    content.all().flatMap((entry) => findUnsafeMdx(entry.tree).map((finding): ContentProblem => ({ file: entry.source.rel, ...finding }))),
};
