/**
 * Monthly reach figures from the host's logs, summed for the "Số liệu tiếp cận" page. Only counts of
 * page requests: nothing here can identify a reader.
 */
export interface ReachMonth {
  id: string;
  pageRequests: number;
  qrScans: Record<string, Record<string, number>>;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export interface MonthSummary {
  month: string;
  pageRequests: number;
  /** Per poster id, scans from every commune. */
  scansByPoster: Record<string, number>;
  scansTotal: number;
}

/** One row per month, newest first. */
export function summariseMonths(months: ReachMonth[], posterIds: string[]): MonthSummary[] {
  return [...months]
    .sort((a, b) => b.id.localeCompare(a.id))
    .map((month) => {
      const scansByPoster = Object.fromEntries(posterIds.map((id) => [id, sum(Object.values(month.qrScans[id] ?? {}))]));
      return { month: month.id, pageRequests: month.pageRequests, scansByPoster, scansTotal: sum(Object.values(scansByPoster)) };
    });
}

/** For one month, each commune with at least one scan, its scans per poster, most scans first. */
export function scansByCommune(month: ReachMonth, posterIds: string[]): Array<{ communeId: string; byPoster: Record<string, number>; total: number }> {
  const communeIds = new Set(posterIds.flatMap((id) => Object.keys(month.qrScans[id] ?? {})));
  return [...communeIds]
    .map((communeId) => {
      const byPoster = Object.fromEntries(posterIds.map((id) => [id, month.qrScans[id]?.[communeId] ?? 0]));
      return { communeId, byPoster, total: sum(Object.values(byPoster)) };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.communeId.localeCompare(b.communeId));
}

/** "2026-10" as readers write it: "10/2026". */
export const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
