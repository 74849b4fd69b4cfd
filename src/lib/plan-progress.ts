/**
 * Progress against the plan's targets: joins each target with its reported figure and computes the
 * geometry of the bars the plan page draws. Pure, so the numbers in the charts and in the tables come
 * from one place and tests can check them.
 */
import type { Source, Verification } from './verification.ts';

export interface PlanTarget {
  id: string;
  group: string;
  target: string;
  planSection: string;
  value?: number | undefined;
  unit?: string | undefined;
  /** Where the target itself comes from (the plan) and when that was checked. */
  verification?: Verification | undefined;
}

export interface ReportedFigure {
  value?: number | undefined;
  unit: string;
  asOf: Date;
  sources: Source[];
  communes: Record<string, number>;
}

export interface PlanProgress {
  id: string;
  label: string;
  reported?: ReportedFigure | undefined;
}

export interface ProgressRow {
  id: string;
  group: string;
  label: string;
  target: string;
  planSection: string;
  goal: number | undefined;
  unit: string;
  /** Undefined means "chưa có số liệu": never shown or drawn as zero. */
  value: number | undefined;
  asOf: Date | undefined;
  sources: Source[];
  communes: Record<string, number>;
  targetVerification: Verification | undefined;
}

/** One row per target, in the targets' order. Throws if a target has no progress record. */
export function progressRows(targets: PlanTarget[], progress: PlanProgress[]): ProgressRow[] {
  const byId = new Map(progress.map((entry) => [entry.id, entry]));
  return targets.map((target) => {
    const entry = byId.get(target.id);
    if (!entry) throw new Error(`Chỉ tiêu "${target.id}" chưa có bản ghi trong content/plan-progress.yaml.`);
    return {
      id: target.id,
      group: target.group,
      label: entry.label,
      target: target.target,
      planSection: target.planSection,
      goal: target.value,
      unit: target.unit ?? '',
      value: entry.reported?.value,
      asOf: entry.reported?.asOf,
      sources: entry.reported?.sources ?? [],
      communes: entry.reported?.communes ?? {},
      targetVerification: target.verification,
    };
  });
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "70%", "1 phóng sự", "45 xã, phường"; undefined when there is no figure. */
export function formatFigure(value: number | undefined, unit: string): string | undefined {
  if (value === undefined) return undefined;
  const number = numberFormat.format(value);
  return unit === '%' ? `${number}%` : unit ? `${number} ${unit}` : number;
}

/** The largest value a bar's axis shows: 100 for percentages, else whichever of goal and value is larger. */
export function axisMax(unit: string, goal: number | undefined, value: number | undefined): number {
  if (unit === '%') return Math.max(100, value ?? 0);
  return Math.max(goal ?? 0, value ?? 0, 1);
}

export interface BarGeometry {
  /** Width of the filled bar; undefined when there is no figure (nothing is drawn, not a zero bar). */
  barWidth: number | undefined;
  /** Where the goal line stands; undefined when the target has no number. */
  goalX: number | undefined;
  /** Whether the figure meets the goal. */
  met: boolean | undefined;
}

/** Positions along a bar of `width` units, for a value and goal on the same axis. */
export function barGeometry(width: number, unit: string, goal: number | undefined, value: number | undefined): BarGeometry {
  const max = axisMax(unit, goal, value);
  const scale = (n: number) => Math.round((n / max) * width * 10) / 10;
  return {
    barWidth: value === undefined ? undefined : scale(value),
    goalX: goal === undefined ? undefined : scale(goal),
    met: value === undefined || goal === undefined ? undefined : value >= goal,
  };
}

export interface CommuneFigures {
  communeId: string;
  /** Figures for the targets this commune reported, in the targets' order. */
  rows: Array<{ row: ProgressRow; value: number }>;
}

/** The communes (in the order given) that have at least one figure: one small chart each. */
export function communeFigures(rows: ProgressRow[], communeIds: string[]): CommuneFigures[] {
  return communeIds
    .map((communeId) => ({
      communeId,
      rows: rows.flatMap((row) => (row.communes[communeId] === undefined ? [] : [{ row, value: row.communes[communeId] as number }])),
    }))
    .filter((commune) => commune.rows.length > 0);
}

/** The targets that have figures for at least one commune: the columns of the commune table. */
export const rowsWithCommuneFigures = (rows: ProgressRow[]) => rows.filter((row) => Object.keys(row.communes).length > 0);

/** Rows grouped as the plan groups its targets, groups in the order they first appear. */
export function groupRows(rows: ProgressRow[]): Array<{ group: string; rows: ProgressRow[] }> {
  const groups = new Map<string, ProgressRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return [...groups].map(([group, grouped]) => ({ group, rows: grouped }));
}

/** The most recent "as of" date among the rows, for the dashboard's heading. */
export function latestAsOf(rows: ProgressRow[]): Date | undefined {
  return rows.reduce<Date | undefined>((latest, row) => (row.asOf && (!latest || row.asOf > latest) ? row.asOf : latest), undefined);
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

/** Orders plan references the way the plan reads: "II.1.2" before "II.1.10", "V.2" before "V.11". */
export function comparePlanSections(a: string, b: string): number {
  const parts = (section: string) => section.split('.').map((part) => ROMAN[part] ?? Number(part));
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
