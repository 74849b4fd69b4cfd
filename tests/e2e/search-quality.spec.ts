/**
 * Search quality through the search page itself (same code path as readers): recall@5 and MRR over the
 * golden set, printed for the record; fails below recall@5 = 0.9.
 */
import { expect, test } from './fixtures.ts';
import { GOLDEN_QUERIES } from './search-golden.ts';

const MIN_RECALL_AT_5 = 0.9;

test('golden set: recall@5 and MRR', async ({ page }) => {
  test.setTimeout(180_000);
  expect(GOLDEN_QUERIES.length).toBeGreaterThanOrEqual(40);
  const misses: string[] = [];
  let found = 0;
  let reciprocalRanks = 0;
  for (const { query, expected } of GOLDEN_QUERIES) {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toHaveText(/kết quả|Không tìm thấy/);
    const top = await page
      .locator('[data-search-results] h2 a')
      .evaluateAll((links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const rank = top.findIndex((path) => expected.includes(path));
    if (rank === -1) misses.push(`${query} → ${top.join(', ') || '(không có kết quả)'}`);
    else {
      found += 1;
      reciprocalRanks += 1 / (rank + 1);
    }
  }
  const recall = found / GOLDEN_QUERIES.length;
  const mrr = reciprocalRanks / GOLDEN_QUERIES.length;
  console.log(`Search golden set: ${GOLDEN_QUERIES.length} queries, recall@5 = ${recall.toFixed(3)}, MRR = ${mrr.toFixed(3)}`);
  if (misses.length) console.log(`Missed:\n  ${misses.join('\n  ')}`);
  expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL_AT_5);
});
