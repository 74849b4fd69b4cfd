/** The footer's "Cập nhật lần cuối", worked out once per build (see src/lib/last-updated.ts). */
import { execFileSync } from 'node:child_process';
import { getCollection } from 'astro:content';
import { CONTENT_ROOT } from '../content-layout.ts';
import { lastContentChange } from '../lib/last-updated.ts';
import { BUILD_TIME } from '../site-config.ts';
import { getPublishedArticles } from './content.ts';

function gitDate(): Date | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', CONTENT_ROOT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out ? new Date(out) : undefined;
  } catch {
    return undefined; // built from an export without git: fall back to the content's own dates
  }
}

async function recordedDates(): Promise<Date[]> {
  const articles = (await getPublishedArticles()).map(({ data }) => data.updatedDate ?? data.pubDate);
  const records = (await Promise.all((['guides', 'hotlines', 'services', 'sites'] as const).map((name) => getCollection(name)))).flat();
  const verified = records.flatMap(({ data }) => (data.verification.status === 'verified' ? [data.verification.date] : []));
  return [...articles, ...verified];
}

let cached: Promise<Date | undefined> | undefined;
export function getLastContentChange(): Promise<Date | undefined> {
  cached ??= recordedDates().then((dates) => lastContentChange(gitDate(), dates, BUILD_TIME));
  return cached;
}
