/**
 * Shared test setup: every page load records console errors (CSP violations show up there) and every
 * request that leaves the site's origin. Requests to other origins are answered locally, never sent.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ offsite: string[]; consoleErrors: string[] }>({
  // Automatic, so no test can ever reach the network beyond the site.
  offsite: [
    async ({ page, baseURL }, use) => {
    const offsite: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offsite.push(url);
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Trang khác</title>' });
    });
    await use(offsite);
    },
    { auto: true },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

/** The visible quick-exit button (its hint text is hidden on touch screens, so match by role in the markup). */
export const exitButton = (page: Page) => page.locator('[data-exit-this-page] [data-exit-link]');

/** Keyboard tests run as on a desktop computer. */
export const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false } as const;

/** One page of each type the site has. */
export const PAGES = {
  home: '/',
  news: '/tin-tuc/',
  article: '/tin-tuc/tong-dai-111-tiep-nhan-tin-bao-mua-ban-nguoi/',
  tag: '/tin-tuc/chu-de/phap-luat/',
  law: '/phap-luat/',
  lawGuide: '/phap-luat/bo-luat-hinh-su/',
  helpGuide: '/ho-tro/cho-nguoi-ban-dam/',
  hotlines: '/duong-day-nong/',
  services: '/dich-vu-ho-tro/',
  testing: '/xet-nghiem-hiv/',
  materials: '/tai-lieu/',
  audience: '/tai-lieu/hoc-sinh-sinh-vien/',
  lesson: '/tai-lieu/hoc-sinh-sinh-vien/thu-doan-du-do/',
  teacher: '/tai-lieu/hoc-sinh-sinh-vien/thu-doan-du-do/giao-vien/',
  servicePoint: '/xet-nghiem-hiv/tram-y-te-dien-bien-phu/',
  mythCard: '/hoi-dap/hieu-lam/ban-dam-la-toi-hinh-su/',
  posters: '/ap-phich/',
  posterPrint: '/ap-phich/truong-hoc/a4/',
  plan: '/ke-hoach-2026/',
  search: '/tim-kiem/',
  faq: '/hoi-dap/',
  about: '/gioi-thieu/',
  contact: '/lien-he/',
  safety: '/an-toan-khi-truy-cap/',
} as const;
