/**
 * The web editor's forms must match the schemas field for field: a schema field with no form field
 * cannot be edited, and a form field the (strict) schema does not know makes every save invalid.
 * When a schema gains a field, add it to src/admin/config.ts too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { editorBackend, EditorConfigError } from '../../src/admin/backend.ts';
import {
  articleFields,
  communeFields,
  editorConfig,
  faqFields,
  hotlineFields,
  agencyFields,
  lessonFields,
  mythFields,
  planProgressFields,
  planTargetFields,
  searchKeywordFields,
  serviceFields,
  siteFields,
  type Field,
} from '../../src/admin/config.ts';
import { adminCspDirectives } from '../../src/admin/csp.ts';
import { CONTENT_FILES } from '../../src/content-layout.ts';
import { articleSchema } from '../../src/schemas/articles.ts';
import { faqSchema, materialSchema, mythSchema, planTargetSchema } from '../../src/schemas/learning.ts';
import { agencySchema, planProgressSchema } from '../../src/schemas/plan.ts';
import { communeSchema, hotlineSchema, serviceSchema, siteSchema } from '../../src/schemas/records.ts';
import { searchKeywordsSchema } from '../../src/schemas/search.ts';

interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** Every field path a schema accepts, e.g. "verification.sources.title"; array items share their list's path. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  if (def.innerType) return schemaPaths(def.innerType, prefix);
  if (def.type === 'pipe' && def.in) return schemaPaths(def.in, prefix);
  if (def.type === 'array' && def.element) return schemaPaths(def.element, prefix);
  if (def.type === 'union') return [...new Set((def.options ?? []).flatMap((option) => schemaPaths(option, prefix)))];
  if (def.type === 'object') {
    return Object.entries(def.shape ?? {}).flatMap(([name, inner]) => [`${prefix}${name}`, ...schemaPaths(inner, `${prefix}${name}.`)]);
  }
  return [];
}

/** The same for editor fields; a typed list (the verification block) contributes its type key too. */
function editorPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    // A list the file stores as a map (per-commune figures) is one schema field, whatever its columns.
    const nested = field.storedAsMap ? undefined : (field.fields as Field[] | undefined);
    const types = field.types as Field[] | undefined;
    return [
      path,
      ...(nested ? editorPaths(nested, `${path}.`) : []),
      ...(types ? [`${path}.${String(field.typeKey)}`, ...[...new Set(types.flatMap((type) => editorPaths(type.fields as Field[], `${path}.`)))]] : []),
    ];
  });
}

/** Markdown body: not a frontmatter field. */
const EDITOR_ONLY = new Set(['body']);

const FORMS: Array<[string, z.ZodType, Field[]]> = [
  ['articles', articleSchema(() => z.string()), articleFields({ tags: ['pháp luật'] })],
  ['hotlines', hotlineSchema, hotlineFields],
  ['services', serviceSchema, serviceFields],
  ['sites', siteSchema, siteFields],
  ['communes', communeSchema, communeFields],
  ['faq', faqSchema, faqFields],
  ['myths', mythSchema, mythFields],
  ['planTargets', planTargetSchema, planTargetFields],
  ['materials', materialSchema, lessonFields],
  ['planProgress', planProgressSchema, planProgressFields],
  ['agencies', agencySchema, agencyFields],
  ['searchKeywords', searchKeywordsSchema, searchKeywordFields],
];

for (const [name, schema, fields] of FORMS) {
  test(`the ${name} form has a field for every schema field and none the schema rejects`, () => {
    const inSchema = new Set(schemaPaths(schema));
    const inEditor = new Set(editorPaths(fields).filter((path) => !EDITOR_ONLY.has(path)));
    assert.deepEqual([...inSchema].filter((path) => !inEditor.has(path)), [], `schema fields missing from src/admin/config.ts (${name})`);
    assert.deepEqual([...inEditor].filter((path) => !inSchema.has(path)), [], `form fields the ${name} schema does not accept`);
  });
}

test('every content type staff edit has a form; guides, log counts and translations stay with developers', () => {
  const config = editorConfig({ name: 'test-repo', branch: 'main' }, { tags: [] });
  const collections = config.collections as Array<{ name: string; folder?: string; files?: Array<{ name: string }> }>;
  const editable = new Set(collections.flatMap((collection) => (collection.files ? collection.files.map((file) => file.name) : [collection.name])));
  // Guides hold legal texts and the fixed pages; a wrong edit there is costly, so they go through review by git.
  // Reach figures come from the host's logs by a script (CONTRIBUTING, section 10); translations come from a
  // named translator and are added with the developer (section 11).
  const developerOnly = new Set(['guides', 'reach', 'translations']);
  assert.deepEqual(Object.keys(CONTENT_FILES).filter((name) => !editable.has(name) && !developerOnly.has(name)), []);
});

test('the form never writes the schema-breaking shapes: dates as YYYY-MM-DD, ASCII slugs', () => {
  const config = editorConfig({ name: 'test-repo', branch: 'main' }, { tags: [] });
  assert.deepEqual(config.slug, { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  const dates = editorPaths(articleFields({ tags: [] })).filter((path) => /Date$/.test(path));
  assert.deepEqual(dates, ['pubDate', 'updatedDate']);
  for (const field of articleFields({ tags: [] }).filter((field) => field.widget === 'datetime')) {
    assert.equal(field.format, 'YYYY-MM-DD');
    assert.equal(field.time_format, false);
  }
});

test('the backend comes from the environment; test-repo only when asked for by name', () => {
  assert.equal(editorBackend({}), undefined);
  assert.deepEqual(editorBackend({ CMS_BACKEND: 'github', CMS_REPO: 'so-y-te/web', CMS_BASE_URL: 'https://auth.example.vn/' }), {
    name: 'github',
    branch: 'main',
    repo: 'so-y-te/web',
    baseUrl: 'https://auth.example.vn',
  });
  assert.throws(() => editorBackend({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b' }), EditorConfigError);
  assert.throws(() => editorBackend({ CMS_BACKEND: 'github' }), /CMS_REPO/);
  assert.throws(() => editorBackend({ CMS_BACKEND: 'netlify' }), /không hợp lệ/);
});

test("the admin CSP lets the editor reach only its own origin and the git host's API", () => {
  const gitea = adminCspDirectives({ name: 'forgejo', branch: 'main', repo: 'a/b', baseUrl: 'https://git.example.vn' });
  assert.ok(gitea.includes("connect-src 'self' https://git.example.vn"));
  assert.ok(gitea.includes("script-src 'self' 'unsafe-eval'"));
  const test_ = adminCspDirectives({ name: 'test-repo', branch: 'main' });
  assert.ok(test_.includes("connect-src 'self'"));
  assert.ok(!test_.join(';').includes('https:'));
});
