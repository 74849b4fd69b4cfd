/**
 * A build without SITE_URL (as `npm test` makes by default) is a preview: posters and their downloads carry
 * the "BẢN XEM THỬ" band and the poster pages say why. With SITE_URL, as the deploy workflows build, neither.
 */
import { POSTERS, PAPER } from '../../src/data/posters.ts';
import { PREVIEW_BUILD } from '../../src/site-config.ts';
import { UI } from '../../src/ui/strings.ts';
import { previewMarkShare } from '../support/preview-mark.ts';
import { PAGES, expect, test } from './fixtures.ts';

test(`poster downloads ${PREVIEW_BUILD ? 'carry' : 'do not carry'} the preview band`, async ({ request }) => {
  for (const poster of POSTERS) {
    for (const paper of Object.keys(PAPER)) {
      const share = previewMarkShare(await (await request.get(`/ap-phich/${poster.id}-${paper}.png`)).body());
      if (PREVIEW_BUILD) expect(share, `${poster.id} ${paper}`).toBeGreaterThan(0.05);
      else expect(share, `${poster.id} ${paper}`).toBe(0);
    }
  }
});

test(`poster pages ${PREVIEW_BUILD ? 'say' : 'do not say'} they are a preview`, async ({ page }) => {
  for (const path of [PAGES.posters, PAGES.posterPrint]) {
    await page.goto(path);
    const notice = page.getByText(UI.previewMark.notice);
    if (PREVIEW_BUILD) await expect(notice).toBeVisible();
    else await expect(notice).toHaveCount(0);
  }
});
