/**
 * Builds the real site once with the fake figures in tests/fixtures/plan/ (never real data) and checks
 * what readers get: the plan page's bars, labels and table carry exactly the fixture's numbers; the
 * small multiples cover the communes with figures; the reach page renders the fixture months; and every
 * commune's poster of every type carries a QR code that decodes to that commune's short path, which
 * forwards to the poster's page.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { POSTERS } from '../../src/data/posters.ts';
import { axisMax, formatFigure } from '../../src/lib/plan-progress.ts';

const SITE_URL = 'https://pcmd.example';
const workspace = mkdtempSync(join(tmpdir(), 'plan-programme-'));
const out = join(workspace, 'dist');
after(() => rmSync(workspace, { recursive: true, force: true }));

before(() => {
  const content = join(workspace, 'content');
  cpSync('content', content, { recursive: true });
  for (const file of ['plan-progress.yaml', 'reach.yaml']) cpSync(join('tests/fixtures/plan', file), join(content, file));
  buildFixtureSite(content, out, { SITE_URL });
});

const load = (file: string) => parse(readFileSync(file, 'utf8')) as Array<Record<string, any>>;
const targets = load('content/plan-targets.yaml');
const progress = new Map(load('tests/fixtures/plan/plan-progress.yaml').map((entry) => [entry.id, entry]));
const communes = load('content/communes.yaml');
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const attr = (html: string, pattern: string, name: string) => new RegExp(`${pattern}[^>]*?\\s${name}="([^"]*)"`).exec(html)?.[1];
const textOf = (html: string, pattern: string) => new RegExp(`${pattern}[^>]*>([^<]*)<`).exec(html)?.[1];

test('each bar, its label and its table row show the fixture figure against the goal', () => {
  const html = page('ke-hoach-2026');
  for (const target of targets) {
    const reported = progress.get(target.id)?.reported;
    const value: number | undefined = reported?.value;
    const expected = formatFigure(value, target.unit) ?? 'chưa có số liệu';
    assert.equal(textOf(html, `data-chart-value="${target.id}"`), expected, `chart label of ${target.id}`);
    const row = new RegExp(`data-progress-row="${target.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    assert.equal(textOf(row, 'data-reached'), expected, `table of ${target.id}`);
    assert.equal(textOf(row, 'data-goal'), formatFigure(target.value, target.unit), `goal of ${target.id}`);
    const chart = `data-chart-target="${target.id}"`;
    const max = axisMax(target.unit, target.value, value);
    const barWidth = attr(html, chart, 'data-bar-width');
    assert.equal(barWidth === undefined ? undefined : Number(barWidth), value === undefined ? undefined : Math.round((value / max) * 3000) / 10, `bar of ${target.id}`);
    assert.equal(Number(attr(html, chart, 'data-goal-x')), Math.round((target.value / max) * 3000) / 10, `goal line of ${target.id}`);
  }
  assert.match(html, /Số liệu mới nhất tính đến 30\/09\/2026\./);
});

test('small multiples and the commune table cover exactly the communes with figures', () => {
  const html = page('ke-hoach-2026');
  const expected = new Map<string, Map<string, number>>();
  for (const entry of progress.values()) {
    for (const [commune, value] of Object.entries((entry.reported?.communes ?? {}) as Record<string, number>)) {
      expected.set(commune, (expected.get(commune) ?? new Map()).set(entry.id, value));
    }
  }
  const charted = [...html.matchAll(/data-commune-chart="([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual(new Set(charted), new Set(expected.keys()));
  for (const [commune, figures] of expected) {
    const row = new RegExp(`data-commune-row="${commune}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    const chart = new RegExp(`data-commune-chart="${commune}"[\\s\\S]*?</svg>`).exec(html)?.[0] ?? '';
    for (const [id, value] of figures) {
      const unit = targets.find((t) => t.id === id)?.unit;
      assert.equal(textOf(row, `data-target="${id}"`), formatFigure(value, unit), `${commune} ${id} in the table`);
      assert.ok(chart.includes(`data-value>${formatFigure(value, unit)}</text>`), `${commune} ${id} in the chart`);
    }
  }
});

test('the reach page renders the months of its data file, newest first, with totals', () => {
  const html = page('so-lieu-tiep-can');
  assert.deepEqual([...html.matchAll(/data-month="([^"]+)"/g)].map((match) => match[1]), ['2026-10', '2026-09']);
  const october = /data-month="2026-10"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
  assert.equal(textOf(october, 'data-page-requests'), '2.345');
  assert.equal(textOf(october, 'data-poster="co-so-kinh-doanh"'), '15');
  assert.equal(textOf(october, 'data-poster="truong-hoc"'), '30');
  assert.equal(textOf(october, 'data-scans-total'), '45');
  assert.ok(!html.includes('data-reach-empty'));
});

const decodeQr = (svg: string, width: number) => {
  const image = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
};

test('every commune has, for every poster, a QR code that decodes to its short path, which forwards to the poster page', () => {
  const redirects = readFileSync(join(out, 'q/redirects.txt'), 'utf8');
  for (const poster of POSTERS) {
    for (const commune of communes) {
      const path = `/q/${poster.shortId}/${commune.id}/`;
      const svg = readFileSync(join(out, `ap-phich/${poster.id}/xa/${commune.id}.svg`), 'utf8');
      const qr = /href="data:image\/svg\+xml;base64,([^"]+)"/.exec(svg)?.[1];
      assert.ok(qr, `${poster.id}/${commune.id} has no QR image`);
      assert.equal(decodeQr(Buffer.from(qr, 'base64').toString('utf8'), 200), `${SITE_URL}${path}`);
      assert.ok(page(path.slice(1)).includes(`<meta http-equiv="refresh" content="0; url=${poster.path}">`), `${path} does not forward`);
      assert.ok(redirects.includes(`${path} ${poster.path} 301\n`));
    }
    // The QR also reads from the whole printed poster, not only on its own.
    assert.equal(decodeQr(readFileSync(join(out, `ap-phich/${poster.id}/xa/muong-nhe.svg`), 'utf8'), 1240), `${SITE_URL}/q/${poster.shortId}/muong-nhe/`);
  }
  assert.ok(!existsSync(join(out, 'q/kd/khong-co-xa-nay')));
  assert.ok(!readFileSync(join(out, 'sitemap-0.xml'), 'utf8').includes('/q/'));
});
