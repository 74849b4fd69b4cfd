import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/chromium.ts';
import { freePort } from './tests/support/free-port.ts';

// A free port chosen once: workers re-read this file and inherit E2E_PORT, so they all reach the same server.
process.env.E2E_PORT ??= String(await freePort());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Root in containers needs --no-sandbox; the rest stops Chromium calling home on a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'mobile', use: { ...devices['Pixel 5'], defaultBrowserType: 'chromium' } },
  ],
  webServer: {
    // The site must already be built (npm test does it); preview serves dist/ as a static host would.
    // --ignore-lock: Astro allows one tracked preview per project; the tests' own server must never clash
    // with (or take over) a preview a developer already runs.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
