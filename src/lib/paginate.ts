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
