/**
 * The pre-build content check. It reads content/ the way Astro will, validates every file with the same
 * schemas, then checks what no single file can show on its own: duplicate ids, references to communes
 * and hotlines that do not exist, images without alt text, internal links to missing pages, hard-coded
 * hotline numbers and stigmatising words. Every problem names the file, the line, the field and the fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { CONTENT_FILES } from '../content-layout.ts';
import { articleSchema, guideSchema } from '../schemas/articles.ts';
import { AUDIENCES } from '../schemas/common.ts';
import { faqSchema, materialSchema, mythSchema, planTargetSchema } from '../schemas/learning.ts';
import { communeSchema, hotlineSchema, serviceSchema, siteSchema } from '../schemas/records.ts';
import { isSlug, slugify } from './fold.ts';
import { articleUrl, audienceUrl, guideUrl, lessonSlug, materialUrl, mythUrl, ROUTES, siteUrl, tagUrl } from './routes.ts';
import { findDiscouragedTerms } from './wording.ts';
import { CHECKED_YAML, readabilityFindings, STRICT_GUIDE_SECTIONS, STRICT_GUIDES, STRICT_YAML } from './readability.ts';

export interface ContentProblem {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  technical?: string | undefined;
  /** Warnings are printed but do not stop the build. */
  severity?: 'warning' | undefined;
}

interface LoadedEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
  /** Line in the file where the body starts (MDX only). */
  bodyLine?: number;
}

type Collection = keyof typeof CONTENT_FILES;

/** Fixed pages whose text lives in content/guides/. */
const REQUIRED_GUIDES = ['ke-hoach-2026', 'an-toan-khi-truy-cap', 'xet-nghiem-hiv'];

const YAML_SCHEMAS = {
  hotlines: hotlineSchema,
  services: serviceSchema,
  sites: siteSchema,
  communes: communeSchema,
  faq: faqSchema,
  myths: mythSchema,
  planTargets: planTargetSchema,
} satisfies Partial<Record<Collection, z.ZodType>>;

export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const projectDir = resolve(root, '..');
  const rel = (file: string) => relative(projectDir, file);
  const entries = new Map<Collection, LoadedEntry[]>();

  // Articles validate their cover through a plain path check here; Astro's image() does it in the build.
  const mdxSchemas = {
    articles: (file: string) =>
      articleSchema(() =>
        z.string().refine((src) => existsSync(resolve(dirname(file), src)), {
          error: (issue) => `Không tìm thấy ảnh "${String(issue.input)}". Đặt ảnh cạnh bài viết (thư mục content/articles/images/) và ghi đường dẫn như "./images/ten-anh.jpg".`,
        }),
      ),
    guides: () => guideSchema,
    materials: () => materialSchema,
  };

  for (const [collection, makeSchema] of Object.entries(mdxSchemas) as Array<[Collection, (file: string) => z.ZodType]>) {
    const { dir } = CONTENT_FILES[collection] as { dir: string };
    const loaded: LoadedEntry[] = [];
    for (const file of listMdx(join(root, dir))) {
      const source = readFileSync(file, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
      const id = relative(join(root, dir), file).replace(/\.mdx$/, '');
      if (!match) {
        problems.push({ file: rel(file), line: 1, message: 'Thiếu phần thông tin đầu bài (frontmatter) giữa hai dòng "---" ở đầu tệp.' });
        continue;
      }
      for (const part of id.split('/')) {
        if (!isSlug(part)) {
          problems.push({
            file: rel(file),
            message: `Tên tệp "${part}" phải viết thường, không dấu, nối bằng dấu gạch ngang (đường dẫn trang web lấy từ tên tệp). Đổi tên thành "${slugify(part)}.mdx".`,
          });
        }
      }
      const lineCounter = new LineCounter();
      const doc = parseDocument(match[1] ?? '', { lineCounter });
      if (reportYamlErrors(doc, rel(file), 1, problems)) continue;
      const data = doc.toJS() ?? {};
      validate(makeSchema(file), data, doc, lineCounter, [], rel(file), 1, problems);
      const bodyLine = (match[0].match(/\n/g)?.length ?? 0) + 1;
      loaded.push({ id, file, data, body: source.slice(match[0].length), bodyLine });
      problems.push(...checkWording(match[0], rel(file), 1));
    }
    entries.set(collection, loaded);
  }

  for (const [collection, schema] of Object.entries(YAML_SCHEMAS) as Array<[Collection, z.ZodType]>) {
    const file = join(root, (CONTENT_FILES[collection] as { file: string }).file);
    if (!existsSync(file)) {
      entries.set(collection, []);
      continue;
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
    if (reportYamlErrors(doc, rel(file), 0, problems)) continue;
    const records: unknown = doc.toJS();
    if (!Array.isArray(records)) {
      problems.push({ file: rel(file), line: 1, message: 'Tệp phải là một danh sách, mỗi bản ghi bắt đầu bằng "- id: ...".' });
      continue;
    }
    const loaded: LoadedEntry[] = [];
    records.forEach((record: Record<string, unknown>, index) => {
      validate(schema, record, doc, lineCounter, [index], rel(file), 0, problems, describeRecord(record, index));
      loaded.push({ id: String(record?.id ?? ''), file, data: record ?? {} });
    });
    entries.set(collection, loaded);
  }

  const get = (collection: Collection) => entries.get(collection) ?? [];
  problems.push(...duplicateIds(get, rel));
  for (const id of REQUIRED_GUIDES) {
    if (!get('guides').some((entry) => entry.id === id)) {
      problems.push({ file: rel(join(root, 'guides')), message: `Thiếu trang bắt buộc content/guides/${id}.mdx. Khôi phục tệp này (xem lịch sử git).` });
    }
  }

  const communeIds = new Set(get('communes').map((entry) => entry.id));
  const hotlineIds = new Set(get('hotlines').map((entry) => entry.id));
  const communeRefs: Array<[Collection, (data: Record<string, unknown>) => unknown[]]> = [
    ['sites', (data) => [data.commune]],
    ['services', (data) => (Array.isArray(data.communes) ? data.communes : [])],
  ];
  for (const [collection, refs] of communeRefs) {
    for (const entry of get(collection)) {
      for (const ref of refs(entry.data)) {
        if (typeof ref === 'string' && !communeIds.has(ref)) {
          problems.push({
            file: rel(entry.file),
            field: collection === 'sites' ? 'commune' : 'communes',
            message: `Bản ghi "${entry.id}" nhắc tới xã/phường "${ref}" không có trong content/communes.yaml. Dùng đúng mã (id) của một trong 45 xã, phường, ví dụ "dien-bien-phu".`,
          });
        }
      }
    }
  }

  for (const entry of [...get('materials'), ...get('faq')]) {
    for (const id of ((entry.data.helpHotlines ?? entry.data.hotlines) as string[] | undefined) ?? []) {
      if (!hotlineIds.has(id)) {
        problems.push({ file: rel(entry.file), field: entry.data.helpHotlines ? 'helpHotlines' : `bản ghi "${entry.id}", trường "hotlines"`, message: `Không có đường dây nóng mã "${id}" trong content/hotlines.yaml. Dùng đúng mã, ví dụ "tong-dai-111".` });
      }
    }
  }

  const tags = get('articles').flatMap((entry) => (Array.isArray(entry.data.tags) ? entry.data.tags.map(String) : []));
  const knownPaths = new Set<string>([
    ...Object.values(ROUTES),
    ...tags.map((tag) => tagUrl(slugify(tag))),
    ...AUDIENCES.map(audienceUrl),
    ...get('articles').map((entry) => articleUrl(entry.id)),
    ...get('myths').map((entry) => mythUrl(entry.id)),
    ...get('sites').map((entry) => siteUrl(entry.id)),
    ...get('guides').map((entry) => guideUrl(String(entry.data.section), entry.id)),
    ...get('materials').map((entry) => materialUrl(entry.data.audience as (typeof AUDIENCES)[number], entry.id)),
  ]);
  for (const collection of ['articles', 'guides', 'materials'] as const) {
    for (const entry of get(collection)) {
      problems.push(...checkBody(entry, rel(entry.file), knownPaths, hotlineIds));
    }
  }
  for (const collection of Object.keys(YAML_SCHEMAS) as Collection[]) {
    const file = join(root, (CONTENT_FILES[collection] as { file: string }).file);
    if (existsSync(file)) problems.push(...checkWording(readFileSync(file, 'utf8'), rel(file), 1));
  }
  // Plain language: long sentences (logic in readability.ts).
  const prose = [
    ...[...get('guides'), ...get('materials')].map((entry) => ({ file: rel(entry.file), kind: 'mdx' as const, text: entry.body ?? '', firstLine: entry.bodyLine ?? 1, strict: STRICT_GUIDES.includes(entry.id) || STRICT_GUIDE_SECTIONS.includes(String(entry.data.section)) })),
    ...[...STRICT_YAML, ...CHECKED_YAML].map((name) => join(root, name)).filter(existsSync).map((file) => ({ file: rel(file), kind: 'yaml' as const, text: readFileSync(file, 'utf8'), firstLine: 1, strict: STRICT_YAML.some((name) => file.endsWith(name)) })),
  ];
  for (const finding of readabilityFindings(prose)) {
    problems.push({ file: finding.file, line: finding.line, field: 'câu dài', message: finding.message, ...(finding.severity === 'warning' ? { severity: 'warning' as const } : {}) });
  }
  return problems;
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function describeRecord(record: Record<string, unknown> | undefined, index: number): string {
  const id = record && typeof record.id === 'string' ? ` "${record.id}"` : '';
  return `bản ghi thứ ${index + 1}${id}`;
}

function reportYamlErrors(doc: Document, file: string, lineOffset: number, problems: ContentProblem[]): boolean {
  for (const error of doc.errors) {
    problems.push({
      file,
      line: (error.linePos?.[0]?.line ?? 0) + lineOffset,
      message: 'Lỗi cú pháp YAML: kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng Tab) và dấu ngoặc kép quanh câu có dấu ":".',
      technical: error.message.split('\n')[0],
    });
  }
  return doc.errors.length > 0;
}

function validate(
  schema: z.ZodType,
  data: unknown,
  doc: Document,
  lineCounter: LineCounter,
  basePath: Array<string | number>,
  file: string,
  lineOffset: number,
  problems: ContentProblem[],
  where?: string,
): void {
  const result = schema.safeParse(data);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const line = lineOf(doc, lineCounter, [...basePath, ...path]);
    const field = path.map(String).join('.');
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    problems.push({
      file,
      line: line === undefined ? undefined : line + lineOffset,
      field: [where, field && `trường "${field}"`].filter(Boolean).join(', ') || undefined,
      message:
        unknownKeys.length > 0
          ? `Trường không được hỗ trợ: ${unknownKeys.map((key) => `"${key}"`).join(', ')}. Kiểm tra chính tả tên trường hoặc xóa trường này.`
          : issue.message,
      technical: technicalDetail(issue),
    });
  }
}

function technicalDetail(issue: z.core.$ZodIssue): string {
  const details: string[] = [issue.code];
  if ('expected' in issue && issue.expected) details.push(`expected ${String(issue.expected)}`);
  if ('input' in issue && issue.input !== undefined) details.push(`received ${JSON.stringify(issue.input)?.slice(0, 60)}`);
  return details.join(', ');
}

/** The line of the deepest node on `path` that exists in the YAML, so a missing field points at its record. */
function lineOf(doc: Document, lineCounter: LineCounter, path: Array<string | number>): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function duplicateIds(get: (c: Collection) => LoadedEntry[], rel: (f: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of Object.keys(CONTENT_FILES) as Collection[]) {
    const seen = new Map<string, LoadedEntry>();
    for (const entry of get(collection)) {
      // Routes use the last path segment, so lessons in different audience folders must not share it.
      const key = collection === 'materials' ? lessonSlug(entry.id) : entry.id;
      const first = seen.get(key);
      if (first) {
        problems.push({
          file: rel(entry.file),
          field: 'id',
          message: `Mã "${key}" đã được dùng ở ${rel(first.file)}. Mỗi bài, mỗi bản ghi cần một mã (id, tên tệp) riêng; hãy đổi một trong hai.`,
        });
      } else {
        seen.set(key, entry);
      }
    }
  }
  return problems;
}

const PHONE_IN_PROSE = /(?<![\d/.,-])(?:1[89]00[\s.]?\d{2}[\s.]?\d{2}(?:[\s.]?\d{2})?|0[2-9]\d{1,3}[\s.]?\d{2,4}[\s.]?\d{2,4}(?:[\s.]?\d{2})?)(?![\d/])|(?:gọi|số|tổng đài|đường dây nóng)\s+11[1-5]\b/giu;

function checkBody(entry: LoadedEntry, file: string, knownPaths: Set<string>, hotlineIds: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const body = entry.body ?? '';
  const startLine = entry.bodyLine ?? 1;
  body.split('\n').forEach((lineText, index) => {
    const line = startLine + index;
    if (lineText !== lineText.normalize('NFC')) {
      problems.push({ file, line, message: 'Dòng này có chữ tiếng Việt ở dạng tổ hợp (NFD). Gõ lại dòng hoặc lưu tệp với chuẩn Unicode dựng sẵn (NFC).' });
    }
    for (const match of lineText.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)) {
      if (!match[1]?.trim()) {
        problems.push({ file, line, field: 'ảnh', message: `Ảnh "${match[2]}" thiếu mô tả. Viết mô tả trong ngoặc vuông: ![Mô tả ảnh](${match[2]}).` });
      }
    }
    for (const match of lineText.matchAll(/<img\b[^>]*>/g)) {
      if (!/\balt=["'][^"']+["']/.test(match[0])) {
        problems.push({ file, line, field: 'ảnh', message: 'Thẻ <img> thiếu mô tả ảnh. Thêm alt="Mô tả ảnh".' });
      }
    }
    for (const match of lineText.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)|href=["'](\/[^"'#?]*)/g)) {
      const path = match[1] ?? match[2] ?? '';
      const normalised = path.endsWith('/') || /\.[a-z0-9]+$/.test(path) ? path : `${path}/`;
      if (!knownPaths.has(normalised)) {
        problems.push({ file, line, field: 'liên kết', message: `Liên kết tới "${path}" không trỏ tới trang nào của website. Kiểm tra lại đường dẫn (chữ thường, không dấu, kết thúc bằng "/").` });
      }
    }
    for (const match of lineText.matchAll(/<Hotline\s+id=["']([^"']+)["']/g)) {
      if (!hotlineIds.has(match[1] ?? '')) {
        problems.push({ file, line, field: 'Hotline', message: `Không có đường dây nóng mã "${match[1]}" trong content/hotlines.yaml. Dùng đúng mã, ví dụ <Hotline id="tong-dai-111" />.` });
      }
    }
    for (const match of lineText.matchAll(PHONE_IN_PROSE)) {
      problems.push({
        file,
        line,
        field: 'số điện thoại',
        message: `Không ghi số điện thoại trực tiếp ("${match[0]}") trong bài. Dùng <Hotline id="..." /> để số luôn lấy từ content/hotlines.yaml và không bao giờ bị cũ.`,
      });
    }
  });
  problems.push(...checkWording(body, file, startLine));
  return problems;
}

function checkWording(text: string, file: string, startLine: number): ContentProblem[] {
  return findDiscouragedTerms(text).map((problem) => ({
    file,
    line: startLine + problem.line - 1,
    field: 'cách dùng từ',
    message: `Tránh dùng "${problem.term}" vì mang tính kỳ thị. Viết "${problem.preferred}".`,
  }));
}

export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const lines = [`✗ ${location}${problem.field ? ` — ${problem.field}` : ''}`, `  ${problem.message}`];
  if (problem.technical) lines.push(`  (chi tiết kỹ thuật: ${problem.technical})`);
  return lines.join('\n');
}
