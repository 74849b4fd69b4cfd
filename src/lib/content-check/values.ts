/** Every string in an entry's data, with its path, so field-level rules can name the field and line. */
export function eachString(value: unknown, visit: (text: string, path: Array<string | number>) => void, path: Array<string | number> = []): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => eachString(item, visit, [...path, index]));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) eachString(item, visit, [...path, key]);
  }
}
