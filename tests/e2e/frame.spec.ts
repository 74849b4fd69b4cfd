/**
 * The page frame on a phone and a desktop, where axe does not look: the first screen shows the page's
 * own heading and main action; nothing focused or linked to hides under the sticky exit bar; no page
 * scrolls sideways at 320 px or at 200% zoom; targets are big enough; the locator does not move while
 * it loads; teacher pages and posters print on the sheets they should.
 * Pages are looped inside a few tests, each step measured in one page.evaluate, to keep CI time small.
 */
import type { Page } from '@playwright/test';
import { DESKTOP, PAGES, expect, test } from './fixtures.ts';

const PHONE = { width: 360, height: 780 } as const;

/** One page of each type, with the control a reader comes for when it is not the heading itself. */
const FIRST_SCREEN: Array<{ path: string; action?: string }> = [
  { path: PAGES.home, action: 'main a[href="/duong-day-nong/"]' },
  { path: PAGES.article },
  { path: PAGES.lawGuide },
  { path: PAGES.helpGuide },
  { path: PAGES.hotlines, action: 'main a[href^="tel:"]' },
  { path: PAGES.testing, action: '#locator-place' },
  { path: PAGES.lesson },
  { path: PAGES.teacher, action: 'main button[data-print]' },
  { path: PAGES.plan },
  { path: PAGES.search, action: 'main input[type="search"]' },
  { path: PAGES.posters },
  { path: PAGES.posterPrint, action: 'main button[data-print]' },
  { path: PAGES.mythCard },
];

test.describe('on a 360×780 phone', () => {
  test.use({ viewport: PHONE });

  test('every page type shows its heading, main action, quick exit and call buttons without scrolling', async ({ page }) => {
    for (const { path, action } of FIRST_SCREEN) {
      await page.goto(path);
      const bottoms = await page.evaluate((selectors) => selectors.map((selector) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity), [
        'main h1',
        action ?? 'main h1',
        '[data-exit-this-page] [data-exit-link]',
        '.hotline-strip a[href^="tel:"]',
      ]);
      for (const bottom of bottoms) expect(bottom, `${path}: ${JSON.stringify(bottoms)}`).toBeLessThanOrEqual(PHONE.height);
    }
  });

  test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the menu opens and search is one tap away', async ({ page }) => {
    await page.goto(PAGES.article);
    const menu = page.getByRole('navigation', { name: 'Mục chính' });
    await expect(menu).toBeHidden();
    await page.getByText('Mục lục').click();
    await expect(menu.getByRole('link', { name: 'Xét nghiệm HIV' })).toBeVisible();
    await page.getByRole('link', { name: 'Tìm', exact: true }).click();
    await expect(page).toHaveURL(/\/tim-kiem\/$/);
  });

  test('the quiz is a question list with its answers behind a disclosure, and no button that needs a script', async ({ page }) => {
    await page.goto(PAGES.lesson);
    await expect(page.getByRole('button', { name: 'Xem kết quả' })).toBeHidden();
    const answers = page.locator('[data-quiz-answers] li');
    await expect(answers.first()).toBeHidden();
    await page.getByText('Xem đáp án và giải thích').click();
    await expect(answers.first()).toBeVisible();
    expect(await answers.count()).toBe(await page.locator('[data-quiz-question]').count());
  });
  });
});

/** Every focusable element, focused in tab order and then in reverse (as Tab and Shift+Tab move), and
 * every in-page link target, jumped to: each must not sit, even partly, under the sticky exit bar. */
async function obscuredStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[data-exit-this-page]')!;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const focusables = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => !bar.contains(el) && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0 && !el.closest('[inert]'),
    );
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const check = (el: HTMLElement, how: string) => {
      const barBottom = bar.getBoundingClientRect().bottom;
      const rect = el.getBoundingClientRect();
      // Skip links are drawn above the bar when focused; everything else must clear it.
      if (getComputedStyle(el).position === 'absolute' && Number(getComputedStyle(el).zIndex) > 50) return;
      if (rect.top < barBottom - 0.5) problems.push(`${how}: ${describe(el)} top ${Math.round(rect.top)} < bar ${Math.round(barBottom)}`);
    };
    for (const el of focusables) {
      el.focus();
      check(el, 'Tab');
    }
    for (const el of [...focusables].reverse()) {
      el.focus();
      check(el, 'Shift+Tab');
    }
    const ids = new Set([...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => decodeURIComponent(a.hash.slice(1))).filter(Boolean));
    for (const id of ids) {
      const target = document.getElementById(id);
      if (!target || !target.checkVisibility()) continue;
      window.scrollTo(0, document.documentElement.scrollHeight);
      location.hash = `#${id}`;
      check(target, `#${id}`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return problems;
  });
}

const SWEEP = [PAGES.home, PAGES.article, PAGES.lawGuide, PAGES.hotlines, PAGES.testing, PAGES.lesson, PAGES.teacher, PAGES.plan, PAGES.faq, PAGES.posters];

for (const [device, options] of [['phone', { viewport: PHONE }], ['desktop', DESKTOP]] as const) {
  test.describe(`on a ${device}`, () => {
    test.use(options);
    test('nothing focused or linked to hides under the sticky exit bar', async ({ page }) => {
      for (const path of SWEEP) {
        await page.goto(path);
        expect(await obscuredStops(page), path).toEqual([]);
      }
    });
  });
}

test.describe('with a keyboard', () => {
  test.use(DESKTOP);
  test('Shift+Tab from the end of the locator never lands under the bar', async ({ page }) => {
  await page.goto(PAGES.testing);
  await page.locator('footer a').last().focus();
  for (let step = 0; step < 20; step++) {
    await page.keyboard.press('Shift+Tab');
    const { top, barBottom, name } = await page.evaluate(() => ({
      top: document.activeElement!.getBoundingClientRect().top,
      barBottom: document.querySelector('[data-exit-this-page]')!.getBoundingClientRect().bottom,
      name: (document.activeElement!.textContent ?? '').trim().slice(0, 40),
    }));
    expect(top, `step ${step}: "${name}"`).toBeGreaterThanOrEqual(barBottom - 0.5);
  }
  });
});

test('no page scrolls sideways at 320 px, nor on a phone zoomed to 200% (180 CSS px)', async ({ page }) => {
  test.setTimeout(90_000);
  const wide: string[] = [];
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    for (const width of [320, 180]) {
      await page.setViewportSize({ width, height: width * 2 });
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        if (root.scrollWidth <= root.clientWidth) return '';
        const culprit = [...document.querySelectorAll('body *')].find((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && el.children.length === 0);
        return `${root.scrollWidth} > ${root.clientWidth} (${culprit?.tagName.toLowerCase()} "${(culprit?.textContent ?? '').trim().slice(0, 40)}")`;
      });
      if (overflow) wide.push(`${path} at ${width} px: ${overflow}`);
    }
  }
  expect(wide).toEqual([]);
});

test('targets are at least 24×24 px (or spaced as if they were), and tap-to-call buttons 44 px tall', async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const path of FIRST_SCREEN.map((entry) => entry.path)) {
    await page.goto(path);
    const failures = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, summary')].filter(
        (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0 && !el.classList.contains('sr-only'),
      );
      // A link inside a sentence is exempt: its size is set by the line of text around it.
      const inSentence = (el: HTMLElement) => {
        if (getComputedStyle(el).display !== 'inline') return false;
        const block = el.parentElement?.closest('p, li, dd, td, h1, h2, h3, h4, div');
        return (block?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 3;
      };
      const targets = all.filter((el) => !inSentence(el)).map((el) => ({ el, rect: el.getBoundingClientRect() }));
      const small = targets.filter(({ rect }) => rect.width < 24 || rect.height < 24);
      const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      const distanceToRect = (point: { x: number; y: number }, rect: DOMRect) =>
        Math.hypot(Math.max(rect.left - point.x, 0, point.x - rect.right), Math.max(rect.top - point.y, 0, point.y - rect.bottom));
      const describe = (el: Element, rect: DOMRect) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`;
      const failures: string[] = [];
      for (const { el, rect } of small) {
        const c = centre(rect);
        // The spacing exception: a 24 px circle on its centre touches no other target nor another small target's circle.
        const crowded = targets.some(
          (other) => other.el !== el && !other.el.contains(el) && !el.contains(other.el) && (distanceToRect(c, other.rect) < 12 || (small.some((s) => s.el === other.el) && Math.hypot(c.x - centre(other.rect).x, c.y - centre(other.rect).y) < 24)),
        );
        if (crowded) failures.push(describe(el, rect));
      }
      for (const { el, rect } of targets) if (el.matches('a[href^="tel:"]') && rect.height < 44) failures.push(`call ${describe(el, rect)}`);
      return failures;
    });
    expect(failures, path).toEqual([]);
  }
});

test('the locator does not shift while it loads, even when its script arrives late', async ({ page }) => {
  // A slow connection: the page paints before the script runs, as on a phone in the mountains.
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.fallback();
  });
  for (const viewport of [PHONE, DESKTOP.viewport]) {
    await page.setViewportSize(viewport);
    await page.goto(PAGES.testing);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift, `${viewport.width} px`).toBe(0);
  }
});

/** Pages in a PDF as the browser prints it, counted from its page objects. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ preferCSSPageSize: true, format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('every poster prints on exactly one sheet of its paper size', async ({ page }) => {
  await page.goto(PAGES.posters);
  const printPages = await page.locator('main a[href$="/a4/"], main a[href$="/a3/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(printPages.length).toBeGreaterThanOrEqual(4);
  for (const path of printPages) {
    await page.goto(path);
    await page.locator('img.poster').evaluate((img: HTMLImageElement) => img.decode());
    expect(await printedPages(page), path).toBe(1);
  }
});

test('the teacher page prints the plan and a titled, numbered worksheet without the site around them', async ({ page }) => {
  await page.goto(PAGES.teacher);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['[data-exit-this-page]', '.site-header', '.hotline-strip', 'footer', '[data-print]']) await expect(page.locator(chrome).first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Tiến trình' })).toBeVisible();
  const worksheet = page.locator('.worksheet');
  await expect(worksheet).toContainText(await page.locator('h1').innerText().then((title) => title.replace('Giáo án: ', '')));
  await expect(worksheet.getByText(/^Câu 1\./)).toBeVisible();
  await expect(page.getByText('Đáp án (cho thầy cô)')).toBeHidden();
  const whole = await printedPages(page);
  expect(whole).toBeGreaterThanOrEqual(2); // the worksheet starts its own sheet
  expect(whole).toBeLessThanOrEqual(4);
  for (const part of ['worksheet', 'cards']) {
    await page.evaluate((only) => (document.documentElement.dataset.printOnly = only), part);
    expect(await printedPages(page), part).toBe(1);
  }
  // The choice of part is forgotten once printing is done, so the next print is the whole plan again.
  await expect(page.locator('html')).not.toHaveAttribute('data-print-only');
});
