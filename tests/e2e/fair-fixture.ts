/** What the fair browser tests share: the sample fair and its product URLs as QR codes carry them. */
import { readFileSync } from 'node:fs';
import { SITE } from './support/qr.ts';

export { scanQr } from './support/qr.ts';

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

/** The address a QR code must carry, written out here rather than built with the code under test. */
export const expectedQrUrl = (product: string, medium: string) =>
  `${SITE}/san-pham/${product}/?utm_source=fair&utm_medium=${medium}&utm_campaign=${FAIR}`;
