import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { axisMax, barGeometry, communeFigures, comparePlanSections, formatFigure, groupRows, latestAsOf, progressRows } from '../../src/lib/plan-progress.ts';
import { checkPlanData } from '../../src/lib/plan-data-check.ts';
import { planProgressSchema } from '../../src/schemas/plan.ts';

const load = (file: string) => parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
const targets = load('content/plan-targets.yaml').map((t) => ({ ...t, id: String(t.id) }) as { id: string; group: string; target: string; planSection: string; value?: number; unit?: string });
const fixture = load('tests/fixtures/plan/plan-progress.yaml').map((entry) => ({ ...planProgressSchema.parse(entry) }));
const communeIds = load('content/communes.yaml').map((commune) => String(commune.id));
const rows = progressRows(targets, fixture);
const row = (id: string) => rows.find((r) => r.id === id)!;

test('every target gets one row, in the targets order, joined with its reported figure', () => {
  assert.deepEqual(rows.map((r) => r.id), targets.map((t) => t.id));
  assert.equal(row('xa-phuong-co-ke-hoach-2026').value, 62.5);
  assert.equal(row('xa-phuong-co-ke-hoach-2026').goal, 100);
  assert.equal(row('xa-phuong-co-ke-hoach-2026').asOf?.toISOString().slice(0, 10), '2026-09-30');
});

test('a missing figure stays missing: no value, no bar, never zero', () => {
  const missing = row('xa-phuong-tuyen-truyen-thuong-xuyen');
  assert.equal(missing.value, undefined);
  assert.equal(formatFigure(missing.value, missing.unit), undefined);
  assert.equal(barGeometry(300, missing.unit, missing.goal, missing.value).barWidth, undefined);
  // A real zero reported for a commune is a figure, drawn as an empty bar and written "0%".
  assert.equal(formatFigure(row('can-bo-duoc-tap-huan').communes['dien-bien-phu'], '%'), '0%');
});

test('bars are drawn to scale against the goal', () => {
  assert.deepEqual(barGeometry(300, '%', 100, 62.5), { barWidth: 187.5, goalX: 300, met: false });
  assert.deepEqual(barGeometry(300, '%', 70, 75), { barWidth: 225, goalX: 210, met: true });
  // Counts use the larger of goal and value as the axis, so exceeding the goal stays visible.
  assert.deepEqual(barGeometry(300, 'phóng sự', 1, 2), { barWidth: 300, goalX: 150, met: true });
  assert.deepEqual(barGeometry(300, 'xã, phường', 45, 30), { barWidth: 200, goalX: 300, met: false });
  assert.equal(axisMax('%', 80, undefined), 100);
  assert.equal(barGeometry(300, '%', 80, undefined).goalX, 240);
});

test('figures are written the Vietnamese way with their unit', () => {
  assert.equal(formatFigure(62.5, '%'), '62,5%');
  assert.equal(formatFigure(2, 'phóng sự'), '2 phóng sự');
  assert.equal(formatFigure(30, 'xã, phường'), '30 xã, phường');
});

test('small multiples cover exactly the communes with figures, in the order given', () => {
  const charts = communeFigures(rows, communeIds);
  assert.deepEqual(
    charts.map((c) => c.communeId),
    communeIds.filter((id) => ['muong-nhe', 'dien-bien-phu', 'muong-cha'].includes(id)),
  );
  const dienBienPhu = charts.find((c) => c.communeId === 'dien-bien-phu')!;
  assert.deepEqual(dienBienPhu.rows.map(({ row: r, value }) => [r.id, value]), [['tiep-can-thong-tin-70-phan-tram', 91], ['can-bo-duoc-tap-huan', 0]]);
  assert.equal(communeFigures(progressRows(targets, fixture.map(({ id, label }) => ({ id, label }))), communeIds).length, 0);
  assert.equal(latestAsOf(rows)?.toISOString().slice(0, 10), '2026-09-30');
});

test('the shipped progress file has every target and no invented figure', () => {
  const shipped = load('content/plan-progress.yaml').map((entry) => planProgressSchema.parse(entry));
  assert.deepEqual(shipped.map((e) => e.id), targets.map((t) => t.id));
  assert.ok(shipped.every((entry) => entry.reported === undefined), 'content/plan-progress.yaml holds a figure: check it is from an official report, then update this test');
});

test('a report needs a figure, and labels stay short', () => {
  const base = { id: 'x', label: 'Nhãn', reported: { unit: '%', asOf: '2026-01-01', sources: [{ title: 'Báo cáo' }] } };
  assert.equal(planProgressSchema.safeParse(base).success, false);
  assert.equal(planProgressSchema.safeParse({ ...base, reported: { ...base.reported, value: 3 } }).success, true);
  assert.equal(planProgressSchema.safeParse({ id: 'x', label: 'Một cái tên ngắn nhưng thật ra lại quá dài cho biểu đồ' }).success, false);
});

test('cross-file checks name missing targets, unknown ids, wrong units, communes and posters', () => {
  const entry = (id: string, data: Record<string, unknown> = {}) => ({ id, data });
  const problems = checkPlanData({
    targets: [entry('a', { unit: '%' }), entry('b', { unit: '%' })],
    progress: [entry('a', { reported: { unit: 'người', communes: { 'khong-co': 1 } } }), entry('c')],
    reach: [entry('2026-10', { qrScans: { 'ap-phich-la': { 'muong-nhe': 1 } } })],
    communeIds: new Set(['muong-nhe']),
    posterIds: new Set(['truong-hoc']),
    files: {
      progress: { path: 'content/plan-progress.yaml', text: '- id: a\n  label: "A"\n\n- id: c\n  label: "C"\n' },
      reach: { path: 'content/reach.yaml', text: '- id: "2026-10"\n' },
    },
  });
  const messages = problems.map((p) => p.message).join('\n');
  assert.equal(problems.length, 5, messages);
  assert.match(messages, /"b" chưa có bản ghi tiến độ/);
  assert.match(messages, /"c" không ứng với chỉ tiêu/);
  assert.match(messages, /tính bằng "%" nhưng số liệu ghi đơn vị "người"/);
  assert.match(messages, /"khong-co" không có trong content\/communes.yaml/);
  assert.match(messages, /áp phích "ap-phich-la"/);
  // Each problem in a record points at the line where that record starts.
  assert.deepEqual(problems.map((p) => p.line), [undefined, 1, 1, 4, 1]);
});

test('plan references sort the way the plan reads', () => {
  assert.deepEqual(['V.11', 'V.2', 'II.1.3', 'V.1', 'II.1.10', 'III.6'].sort(comparePlanSections), ['II.1.3', 'II.1.10', 'III.6', 'V.1', 'V.2', 'V.11']);
});

test('rows stay grouped as the plan groups its targets', () => {
  const groups = groupRows(rows);
  assert.deepEqual(groups.map((g) => g.group), [...new Set(targets.map((t) => t.group))]);
  assert.equal(groups.flatMap((g) => g.rows).length, targets.length);
});
