/**
 * What needs checking next: every unverified record and every verified one whose check has gone stale,
 * with the file it lives in. Used by `npm run audit:content`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_FILES } from '../content-layout.ts';
import { verificationState, type Verification, type VerificationState } from './verification.ts';

export interface AuditRow {
  file: string;
  id: string;
  state: VerificationState;
  reason?: string;
}

/** Every collection that states facts carries a verification, so every one of them can go stale. */
const RECORD_FILES = [
  CONTENT_FILES.hotlines.file,
  CONTENT_FILES.services.file,
  CONTENT_FILES.sites.file,
  CONTENT_FILES.communes.file,
  CONTENT_FILES.faq.file,
  CONTENT_FILES.myths.file,
  CONTENT_FILES.planTargets.file,
];
const MDX_DIRS = [CONTENT_FILES.guides.dir, CONTENT_FILES.articles.dir, CONTENT_FILES.materials.dir];

export function auditContent(root: string, now: Date, staleAfterDays: number): AuditRow[] {
  const projectDir = resolve(root, '..');
  const rows: AuditRow[] = [];
  const add = (file: string, id: string, raw: unknown) => {
    const verification = toVerification(raw);
    if (!verification) return;
    const state = verificationState(verification, now, staleAfterDays);
    if (state.kind === 'verified') return;
    rows.push({ file: relative(projectDir, file), id, state, ...(verification.status === 'unverified' ? { reason: verification.reason } : {}) });
  };
  for (const name of RECORD_FILES) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    for (const record of (parse(readFileSync(file, 'utf8')) ?? []) as Array<{ id: string; verification?: unknown }>) {
      add(file, record.id, record.verification);
    }
  }
  for (const dir of MDX_DIRS.map((name) => join(root, name))) {
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx')).sort();
    for (const name of names) {
      const file = join(dir, name);
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      add(file, name.replace(/\.mdx$/, ''), (parse(frontmatter) as { verification?: unknown } | null)?.verification);
    }
  }
  return rows;
}

function toVerification(raw: unknown): Verification | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const value = raw as Record<string, unknown>;
  if (value.status === 'unverified') {
    return { status: 'unverified', reason: String(value.reason ?? ''), howToAsk: String(value.howToAsk ?? '') };
  }
  if (value.status === 'verified') return { status: 'verified', date: new Date(String(value.date)), sources: [] };
  return undefined;
}
