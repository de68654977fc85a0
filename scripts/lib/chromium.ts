/**
 * How the project launches a browser (tests, print, benchmarks): Debian's chromium, not one
 * downloaded by Playwright (CHROMIUM_PATH overrides), with flags that keep it off this machine's
 * closed network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
