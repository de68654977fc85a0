/** Reads QR codes on pages the way a phone camera does: from a screenshot of the element. */
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** SITE_URL of the build: QR codes point at the public site, not the test server. */
export const SITE = process.env.SITE_URL ?? 'https://ocop.backan.example';

/** Decodes the QR code shown by an element. */
export async function scanQr(element: Locator): Promise<string | undefined> {
  const image = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
