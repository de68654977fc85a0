/**
 * Renders a fair's print pages to PDF with the system Chromium: A6 product cards (one card per
 * page), shelf labels (24 per A4 sheet) and the A4 catalogue, each at the page size its CSS sets.
 *
 * Usage: npm run print -- <fair-slug> [--out <folder>] [--sample]   (default folder: print/<fair-slug>/)
 * It refuses a build made for the example SITE_URL (every QR code would open nothing) unless
 * --sample says that is meant (a proof; every page then carries the print pages' warning).
 * It serves the production build (run `npm run build` first) on a free loopback port with a
 * throwaway data folder, or uses a server that is already running: PRINT_BASE_URL=http://localhost:4321.
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { printDocuments } from '../src/lib/fairs/print-documents.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { startProductionServer } from './lib/production-server.ts';

const root = resolve(import.meta.dirname, '..');
const eventsDir = join(root, 'content', 'events');

function fail(message: string): never {
  console.error(`print: ${message}`);
  process.exit(2);
}

/** A print run that must not go ahead (exit code 2, like a wrong argument); the server is still stopped. */
class Refused extends Error {}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, sample: { type: 'boolean', default: false } },
});
const fair = positionals[0];
const known = readdirSync(eventsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
if (!fair) fail(`which fair? Usage: npm run print -- <fair>\nFairs: ${known.join(', ')}`);
if (!known.includes(fair)) fail(`no fair "${fair}" in content/events/. Fairs: ${known.join(', ')}`);
const outDir = resolve(values.out ?? join(root, 'print', fair));

/** Prints each document to PDF and says how many pages it has. */
async function printAll(base: string, fair: string) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    mkdirSync(outDir, { recursive: true });
    const page = await browser.newPage();
    for (const doc of printDocuments) {
      const url = new URL(doc.path(fair), base).href;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok())
        throw new Error(`${url} answered ${response?.status() ?? 'nothing'}: is this fair in the build?`);
      // The print pages say so (PrintPage.astro) when the build's SITE_URL is the example one.
      if (!values.sample && (await page.locator('[data-example-site]').count()) > 0)
        throw new Refused(
          'this build was made for the example SITE_URL, so every QR code would open nothing. Build with the real address (SITE_URL=https://… npm run build), or add --sample to print a proof with a warning on every page.',
        );
      // Every photo decoded before the page is laid out on paper.
      await page.waitForFunction(() =>
        Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0),
      );
      const file = join(outDir, doc.file);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      const pages = (await PDFDocument.load(readFileSync(file))).getPageCount();
      console.log(`${file}: ${pages} ${pages === 1 ? 'page' : 'pages'}`);
    }
  } finally {
    await browser.close();
  }
}

const running = process.env.PRINT_BASE_URL;
const server = running
  ? undefined
  : await startProductionServer({ root }).catch((error: unknown) => fail(String(error)));
try {
  await printAll(running ?? (server ? `${server.url}/` : ''), fair);
} catch (error) {
  console.error(`print: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof Refused ? 2 : 1;
} finally {
  await server?.stop();
}
