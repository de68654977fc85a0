/** What the fair browser tests share: the sample fair, its product URLs as QR codes carry them, QR decoding. */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export const FAIR = 'hoi-cho-ocop-ha-noi-2026';

interface EventFile {
  name: { vi: string; en?: string };
  start: string;
  end: string;
  city: string;
  boothNumbers: string[];
  products: string[];
}

export const fairEvent = JSON.parse(
  readFileSync(new URL(`../../content/events/${FAIR}.json`, import.meta.url), 'utf8'),
) as EventFile;

/** SITE_URL of the build: QR codes point at the public site, not the test server. */
export const SITE = process.env.SITE_URL ?? 'https://ocop.backan.example';

/** The address a QR code must carry, written out here rather than built with the code under test. */
export const expectedQrUrl = (product: string, medium: string) =>
  `${SITE}/san-pham/${product}/?utm_source=fair&utm_medium=${medium}&utm_campaign=${FAIR}`;

/** Decodes the QR code shown by an element, from a screenshot as a phone camera would see it. */
export async function scanQr(element: Locator): Promise<string | undefined> {
  const image = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
