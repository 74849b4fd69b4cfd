/**
 * Opening hours as data, and "open now" worked out from them. Vietnam keeps UTC+7 all year (no daylight
 * saving), so a fixed offset is exact and the same code runs at build time and in the browser.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Thứ Hai',
  tue: 'Thứ Ba',
  wed: 'Thứ Tư',
  thu: 'Thứ Năm',
  fri: 'Thứ Sáu',
  sat: 'Thứ Bảy',
  sun: 'Chủ nhật',
};

export interface OpeningPeriod {
  days: Weekday[];
  /** "HH:MM", Vietnam time. */
  opens: string;
  /** "HH:MM", Vietnam time; later than `opens` (periods do not cross midnight). */
  closes: string;
}

export type Schedule = { alwaysOpen: true; note?: string | undefined } | { periods: OpeningPeriod[]; note?: string | undefined };

const VIETNAM_OFFSET_MINUTES = 7 * 60;

export function minutesOfDay(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The weekday and minute of the day in Vietnam at a given instant. */
export function vietnamClock(instant: Date): { day: Weekday; minute: number } {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday as Vietnamese calendars do.
  const day = WEEKDAYS[(shifted.getUTCDay() + 6) % 7] as Weekday;
  return { day, minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

export function isOpenAt(schedule: Schedule, instant: Date): boolean {
  if ('alwaysOpen' in schedule) return true;
  const { day, minute } = vietnamClock(instant);
  return schedule.periods.some(
    (period) => period.days.includes(day) && minute >= minutesOfDay(period.opens) && minute < minutesOfDay(period.closes),
  );
}

/** Human-readable lines such as "Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00". */
export function describeSchedule(schedule: Schedule): string[] {
  if ('alwaysOpen' in schedule) return ['24 giờ mỗi ngày, tất cả các ngày trong tuần'];
  const byDays = new Map<string, { days: Weekday[]; spans: string[] }>();
  for (const period of schedule.periods) {
    const key = period.days.join(',');
    const group = byDays.get(key) ?? { days: period.days, spans: [] };
    group.spans.push(`${period.opens}–${period.closes}`);
    byDays.set(key, group);
  }
  return [...byDays.values()].map(({ days, spans }) => `${describeDays(days)}: ${spans.join(', ')}`);
}

function describeDays(days: Weekday[]): string {
  const indexes = days.map((day) => WEEKDAYS.indexOf(day)).sort((a, b) => a - b);
  const contiguous = indexes.every((value, i) => i === 0 || value === (indexes[i - 1] ?? 0) + 1);
  if (contiguous && indexes.length > 2) {
    return `${WEEKDAY_LABELS[WEEKDAYS[indexes[0] ?? 0] as Weekday]} – ${WEEKDAY_LABELS[WEEKDAYS[indexes.at(-1) ?? 0] as Weekday]}`;
  }
  return indexes.map((i) => WEEKDAY_LABELS[WEEKDAYS[i] as Weekday]).join(', ');
}
