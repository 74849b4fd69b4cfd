/** Dates as readers in Vietnam expect them: dd/mm/yyyy, computed in Vietnam's time zone. */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayMonthYear = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "01/03/2026". */
export function formatDate(date: Date): string {
  return dayMonthYear.format(date);
}

/** "2026-03-01", the calendar day in Vietnam: used for machine-readable attributes. */
export function isoDay(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return parts;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}
