import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './scripts/lib/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  // Axe on long print pages and offline replays take longer than the 30 s default on 2 cores.
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    // @no-js-only: what a page does before or without scripts (the js project tests the same with them).
    { name: 'js', use: { ...devices['Pixel 7'], launchOptions }, grepInvert: /@no-js-only/ },
    {
      name: 'no-js',
      use: { ...devices['Pixel 7'], launchOptions, javaScriptEnabled: false },
      grep: /@no-js/,
    },
  ],
  // The built standalone server, never the dev server, with its own throwaway data folder.
  webServer: {
    command: 'node tests/e2e/support/serve.ts',
    url: `http://localhost:${port}/`,
    env: { PORT: String(port), HOST: 'localhost' },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
