import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type FairMedium, fairProductUrl } from '../../src/lib/fairs/fair-link.ts';
import { qrSvg } from '../../src/lib/fairs/qr.ts';

const SITE = 'https://ocop.backan.example';
const FAIR = 'hoi-cho-ocop-ha-noi-2026';

/** Rasterizes the SVG the way a phone camera sees it (black on white, a few pixels per module) and decodes it. */
async function decode(svg: string): Promise<string | undefined> {
  const png = await sharp(Buffer.from(svg), { density: 300 })
    .resize(480, 480, { kernel: 'nearest' })
    .flatten({ background: '#fff' })
    .png()
    .toBuffer();
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('fair QR codes', () => {
  it.each<FairMedium>(['kiosk', 'card', 'label', 'catalogue'])(
    'a %s QR code scans to the tagged product page',
    async (medium) => {
      const url = fairProductUrl('mien-dong-tai-hoan', FAIR, medium, SITE);
      expect(url).toBe(
        `https://ocop.backan.example/san-pham/mien-dong-tai-hoan/?utm_source=fair&utm_medium=${medium}&utm_campaign=${FAIR}`,
      );
      expect(await decode(await qrSvg(url))).toBe(url);
    },
  );

  it('is an SVG drawn at build time, black on white', async () => {
    const svg = await qrSvg(`${SITE}/san-pham/x/`);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('#000000');
  });

  it('a different address does not decode to the product URL', async () => {
    const other = fairProductUrl('tra-shan-tuyet-khau-bjooc', FAIR, 'card', SITE);
    expect(await decode(await qrSvg(other))).not.toBe(
      fairProductUrl('mien-dong-tai-hoan', FAIR, 'card', SITE),
    );
  });
});
