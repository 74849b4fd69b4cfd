/**
 * Which Chromium the tests drive: CHROMIUM_PATH when set, else Playwright's own browser when it has been
 * installed, else a system Chromium (Debian's `chromium` package and the usual alternatives).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own browser.
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (!system) {
    throw new Error('Không tìm thấy Chromium. Cài gói "chromium" (Debian) hoặc đặt biến CHROMIUM_PATH.');
  }
  return system;
}
