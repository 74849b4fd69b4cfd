/**
 * Reads content/ once, the way Astro will: every MDX file (frontmatter + syntax tree of the body) and
 * every YAML data file (one entry per record). Problems that stop a file from being read at all (no
 * frontmatter, YAML or MDX syntax errors) are reported here; everything else is left to the rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { mdxToMdast } from 'satteri';
import { CONTENT_FILES } from '../../content-layout.ts';
import type { Collection, ContentProblem, ContentSet, Entry, SourceFile } from './types.ts';
import { invisibleIndentProblems, yamlSyntaxProblems } from './yaml-errors.ts';
import { mdxSyntaxProblem } from './mdx-errors.ts';

/** Byte-order mark (Windows Notepad) and CRLF line endings are accepted as if they were not there. */
export function readContentFile(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

export function loadContent(root: string): { content: ContentSet; problems: ContentProblem[] } {
  const projectDir = resolve(root, '..');
  const rel = (absolute: string) => relative(projectDir, absolute);
  const problems: ContentProblem[] = [];
  const files: SourceFile[] = [];
  const byCollection = new Map<Collection, Entry[]>();
  const broken = new Set<Collection>();

  const parseYaml = (source: SourceFile, yamlText: string): boolean => {
    const invisible = invisibleIndentProblems(yamlText, source.rel, source.lineOffset);
    if (invisible.length > 0) {
      problems.push(...invisible);
      return false;
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter });
    if (doc.errors.length > 0) {
      problems.push(...yamlSyntaxProblems(doc, yamlText, source.rel, source.lineOffset));
      return false;
    }
    source.doc = doc;
    source.lineCounter = lineCounter;
    return true;
  };

  for (const [collection, layout] of Object.entries(CONTENT_FILES) as Array<[Collection, (typeof CONTENT_FILES)[Collection]]>) {
    const entries: Entry[] = [];
    byCollection.set(collection, entries);
    if ('dir' in layout) {
      const dir = join(root, layout.dir);
      for (const path of listMdx(dir, layout.pattern.startsWith('**'))) {
        const source: SourceFile = { path, rel: rel(path), text: readContentFile(path), lineOffset: 1 };
        files.push(source);
        const match = FRONTMATTER.exec(source.text);
        if (!match) {
          problems.push({ file: source.rel, line: 1, message: 'Thiếu phần thông tin đầu bài (frontmatter) giữa hai dòng "---" ở đầu tệp.' });
          continue;
        }
        if (!parseYaml(source, match[1] ?? '')) {
          broken.add(collection);
          continue;
        }
        const data = (source.doc?.toJS() ?? {}) as Record<string, unknown>;
        const fileId = relative(dir, path).replace(/\.mdx$/, '');
        const entry: Entry = {
          collection,
          id: typeof data.slug === 'string' ? data.slug : fileId,
          source,
          yamlPath: [],
          data,
          body: source.text.slice(match[0].length),
          bodyLine: (match[0].match(/\n/g)?.length ?? 0) + 1,
        };
        try {
          entry.tree = mdxToMdast(source.text);
        } catch (error) {
          problems.push(mdxSyntaxProblem(error, source.rel));
        }
        entries.push(entry);
      }
    } else {
      const path = join(root, layout.file);
      if (!existsSync(path)) continue;
      const source: SourceFile = { path, rel: rel(path), text: readContentFile(path), lineOffset: 0 };
      files.push(source);
      if (!parseYaml(source, source.text)) {
        broken.add(collection);
        continue;
      }
      const records: unknown = source.doc?.toJS();
      if (!Array.isArray(records)) {
        problems.push({ file: source.rel, line: 1, message: 'Tệp phải là một danh sách, mỗi bản ghi bắt đầu bằng "- id: ...".' });
        broken.add(collection);
        continue;
      }
      records.forEach((record: unknown, index) => {
        const data = (record && typeof record === 'object' ? record : {}) as Record<string, unknown>;
        entries.push({ collection, id: typeof data.id === 'string' ? data.id : '', source, yamlPath: [index], data });
      });
    }
  }

  const content: ContentSet = {
    root,
    files,
    entries: (collection) => byCollection.get(collection) ?? [],
    all: () => [...byCollection.values()].flat(),
    broken,
    rel,
    lineOf: (entry, path = []) => {
      const { doc, lineCounter, lineOffset } = entry.source;
      if (!doc || !lineCounter) return undefined;
      const full = [...entry.yamlPath, ...path];
      // The deepest node that exists, so a missing field points at its record.
      for (let depth = full.length; depth >= 0; depth--) {
        const node = doc.getIn(full.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
  return { content, problems };
}

function listMdx(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
