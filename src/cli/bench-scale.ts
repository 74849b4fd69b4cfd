/**
 * `npm run bench:scale -- 1000`: how the build and search grow with the number of articles. Copies
 * content/ to a temporary folder, adds that many generated articles (sentences, tags and places taken
 * from the real content, dates spread over the past years), builds twice with a cache of its own (cold,
 * then unchanged) and reports build times, pages, dist/ size, index size and first-search bytes.
 * Nothing is written into content/ or dist/. Timings depend on the machine and its load; compare runs
 * made on the same machine, one after the other.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { chromiumExecutable } from '../../tests/e2e/chromium.ts';
import { BENCH_QUERIES, dirSize, kb, preview, searchCosts } from './measure.ts';

const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) throw new Error('Usage: npm run bench:scale -- <number of articles>');

/** A repeatable pseudo-random sequence (mulberry32), so every run builds the same site. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(1447);
const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;

/** Plain sentences from the real articles and guides: no components, links or tables. */
function sentencePool(root: string): string[] {
  const sentences: string[] = [];
  for (const dir of ['articles', 'guides']) {
    for (const file of readdirSync(join(root, dir))) {
      const body = readFileSync(join(root, dir, file), 'utf8').split(/^---$/m).slice(2).join('---');
      for (const line of body.split('\n')) {
        const text = line.replace(/^[-*\d.]+\s+/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
        if (!text || /[<>{}|#`*]/.test(text)) continue;
        sentences.push(...text.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.length > 30));
      }
    }
  }
  return sentences;
}

function generateArticles(root: string): void {
  const sentences = sentencePool(root);
  const communes = (parse(readFileSync(join(root, 'communes.yaml'), 'utf8')) as Array<{ name: string; type: string }>).map(
    (commune) => `${commune.type === 'xa' ? 'xã' : 'phường'} ${commune.name}`,
  );
  const tags = ['mua bán người', 'mại dâm', 'HIV', 'đường dây nóng', 'pháp luật', 'kế hoạch', 'truyền thông', 'y tế'];
  const topics = ['Tuyên truyền phòng, chống mua bán người', 'Tập huấn phòng, chống mại dâm', 'Xét nghiệm HIV lưu động', 'Kiểm tra cơ sở kinh doanh dịch vụ', 'Hỗ trợ nạn nhân trở về', 'Nói chuyện chuyên đề ở trường học'];
  const now = Date.now();
  const spanDays = Math.max(365, Math.ceil(count / 4));
  for (let i = 0; i < count; i++) {
    const place = pick(communes);
    const title = `${pick(topics)} tại ${place} (${i + 1})`;
    const pubDate = new Date(now - (1 + Math.floor((i / count) * spanDays)) * 86_400_000).toISOString().slice(0, 10);
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 4) }, () => Array.from({ length: 3 }, () => pick(sentences)).join(' '));
    paragraphs.splice(2, 0, `## ${pick(topics)}`);
    writeFileSync(
      join(root, 'articles', `bai-thu-${String(i + 1).padStart(5, '0')}.mdx`),
      `---\ntitle: "${title}"\ndescription: "${pick(sentences).replace(/"/g, "'")}"\npubDate: ${pubDate}\nauthor: "Ban biên tập"\nverification: { status: unverified, reason: "Bài thử nghiệm quy mô.", howToAsk: "Không áp dụng." }\ntags:\n  - "${pick(tags)}"\n  - "${pick(tags)}"\ndraft: false\n---\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
}

function timedBuild(env: NodeJS.ProcessEnv): number {
  const start = Date.now();
  // Astro lists every page it writes: thousands of lines, more than spawnSync keeps by default.
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${run.error ?? ''}\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  return (Date.now() - start) / 1000;
}

const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
try {
  const content = join(work, 'content');
  const outDir = join(work, 'dist');
  cpSync('content', content, { recursive: true });
  generateArticles(content);
  const env = { ...process.env, CONTENT_ROOT: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const fullSeconds = timedBuild(env);
  const unchangedSeconds = timedBuild(env);

  const pages = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  const dist = dirSize(outDir);
  const index = dirSize(join(outDir, 'pagefind'));
  const images = dirSize(join(outDir, 'og'));
  const feed = readFileSync(join(outDir, 'rss.xml'));

  const { baseUrl, server } = await preview(env);
  const searches: string[] = [];
  try {
    const executablePath = chromiumExecutable();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    for (const [i, query] of BENCH_QUERIES.entries()) {
      const { cold } = await searchCosts(browser, baseUrl, query, BENCH_QUERIES[(i + 1) % BENCH_QUERIES.length] ?? query);
      searches.push(`| first search "${query}" | ${kb(cold.gzipBytes)} gzip, ${cold.ms} ms |`);
    }
    await browser.close();
  } finally {
    server.kill();
  }

  console.log(`\n${count} generated articles added to the real content\n`);
  console.log('| measure | value |\n| --- | ---: |');
  console.log(`| full build (cold cache) | ${fullSeconds.toFixed(1)} s |`);
  console.log(`| unchanged rebuild | ${unchangedSeconds.toFixed(1)} s (${(unchangedSeconds / fullSeconds).toFixed(2)}×) |`);
  console.log(`| pages | ${pages} |`);
  console.log(`| dist/ | ${kb(dist.bytes)} in ${dist.files} files |`);
  console.log(`| share images (og/) | ${kb(images.bytes)} in ${images.files} files |`);
  console.log(`| search index (pagefind/) | ${kb(index.bytes)} in ${index.files} files |`);
  console.log(`| rss.xml | ${kb(feed.length)} |`);
  for (const line of searches) console.log(line);
} finally {
  if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
}
