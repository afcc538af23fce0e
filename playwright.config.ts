import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests in Chromium against the production build (`next start`) on a throwaway
// embedded PostgreSQL loaded with the demo data. Debian's Chromium where installed (offline
// machines and CI), Playwright's own browser elsewhere.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /phone\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /phone\.spec\.ts/ },
  ],
  webServer: {
    command: `npx tsx scripts/with-database.ts --ephemeral next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/health`,
    // Every spec signs in through the form from 127.0.0.1, one per-address bucket (30 a minute):
    // off here, as docs/research/better-auth-1.7.md §10 suggests; e2e/sign-in-limits.spec.ts
    // starts its own server with it on.
    env: { AUTH_RATE_LIMIT: process.env.AUTH_RATE_LIMIT ?? 'off' },
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
