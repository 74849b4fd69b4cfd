/** Splits a list into numbered pages (1-based) for the news list and tag pages. */
export interface Page<T> {
  items: T[];
  current: number;
  total: number;
}

export function paginate<T>(items: T[], perPage: number): Array<Page<T>> {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, index) => ({
    items: items.slice(index * perPage, (index + 1) * perPage),
    current: index + 1,
    total,
  }));
}

/** Page numbers to link from page `current` of `total`: the first, the last and two either side; 0 marks a gap. */
export function pageLinks(current: number, total: number): number[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - (shown[index - 1] ?? 0) > 1 ? [0, page] : [page]));
}
