/**
 * The news archive by month, so any article is two clicks from the news list however many there are.
 * Months follow Vietnam's calendar, like the dates shown on each article.
 */
import { VIETNAM_TIME_ZONE } from './dates.ts';

export interface ArchiveMonth<T> {
  year: number;
  month: number;
  items: T[];
}

const yearMonth = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit' });

/** The month an item is filed under; pulls year and month by name so no locale ordering is assumed. */
export function monthOf(date: Date): { year: number; month: number } {
  const parts = yearMonth.formatToParts(date);
  return { year: Number(parts.find((part) => part.type === 'year')?.value), month: Number(parts.find((part) => part.type === 'month')?.value) };
}

/** Items grouped by month, newest month first, keeping each month's items in the order given. */
export function byMonth<T>(items: T[], dateOf: (item: T) => Date): Array<ArchiveMonth<T>> {
  const months = new Map<string, ArchiveMonth<T>>();
  for (const item of items) {
    const { year, month } = monthOf(dateOf(item));
    const key = `${year}-${month}`;
    const entry = months.get(key) ?? { year, month, items: [] };
    entry.items.push(item);
    months.set(key, entry);
  }
  return [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month);
}
