/** What the loader hands every rule, and what every rule hands back. */
import type { Document, LineCounter } from 'yaml';
import type { MdastNode } from 'satteri';
import type { CONTENT_FILES } from '../../content-layout.ts';

export interface ContentProblem {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  technical?: string | undefined;
  /** Warnings are printed but do not stop the build. */
  severity?: 'warning' | undefined;
}

export type Collection = keyof typeof CONTENT_FILES;

/** One content file as read from disk: BOM removed, Windows line endings turned into "\n". */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project, as shown in messages ("content/articles/x.mdx"). */
  rel: string;
  text: string;
  /** Frontmatter (MDX) or whole file (YAML), parsed; absent when it has syntax errors. */
  doc?: Document;
  lineCounter?: LineCounter;
  /** Added to YAML line numbers: 1 for frontmatter (after the opening "---"), 0 for YAML files. */
  lineOffset: number;
}

/** One article, guide or lesson (a whole MDX file) or one record of a YAML file. */
export interface Entry {
  collection: Collection;
  /** What Astro uses as the id: the file path for MDX (or its "slug:" field), the "id" field for records. */
  id: string;
  source: SourceFile;
  /** Path from the document root to this entry's data: [] for frontmatter, [index] for a YAML record. */
  yamlPath: Array<string | number>;
  data: Record<string, unknown>;
  /** MDX only: the text after the frontmatter and the line it starts on. */
  body?: string;
  bodyLine?: number;
  /** MDX only: the syntax tree of the whole file (real line numbers); absent when it does not parse. */
  tree?: MdastNode;
}

export interface ContentSet {
  /** Absolute path of content/. */
  root: string;
  files: SourceFile[];
  entries: (collection: Collection) => Entry[];
  all: () => Entry[];
  /** Collections with a file that could not be read: rules skip checks that would only echo that error. */
  broken: Set<Collection>;
  /** Line of a field of an entry (or of the entry itself when the field is missing). */
  lineOf: (entry: Entry, path?: Array<string | number>) => number | undefined;
  /** "content/…" path of a file under content/. */
  rel: (absolute: string) => string;
}

export interface Rule {
  /** Short kebab-case name, also the folder of its fixture: tests/fixtures/content/cases/<name>/. */
  name: string;
  check: (content: ContentSet) => ContentProblem[];
}

/** "bản ghi thứ 2 "tong-dai-111"" for YAML records; undefined for MDX files (the file says it all). */
export function describeEntry(entry: Entry): string | undefined {
  const index = entry.yamlPath[0];
  if (typeof index !== 'number') return undefined;
  return `bản ghi thứ ${index + 1}${entry.id ? ` "${entry.id}"` : ''}`;
}

/** The "field" part of a message: which record and which field. */
export function fieldLabel(entry: Entry, field?: string): string | undefined {
  return [describeEntry(entry), field && `trường "${field}"`].filter(Boolean).join(', ') || undefined;
}
