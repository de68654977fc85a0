import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4399);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Debian's chromium, not a downloaded one; these flags keep it off this machine's closed network.
const launchOptions = {
  executablePath: chromium,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

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
    { name: 'js', use: { ...devices['Pixel 7'], launchOptions } },
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
