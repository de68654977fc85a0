/**
 * The Open Graph card must show its text: sharp draws SVG text with the system's fonts, and on a
 * machine without fonts the card would silently come out as shapes only.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type OgCard, ogImageSvg, renderOgImage, wrapText } from '../../src/lib/seo/og-image.server.ts';
import { cachedOgImage } from '../../src/lib/seo/og-image-cache.server.ts';

const card: OgCard = {
  name: 'Miến dong Tài Hoan',
  subtitle: 'Tài Hoan arrowroot vermicelli',
  standing: { stars: 5 },
  producer: 'Hợp tác xã Tài Hoan',
  group: 'Thực phẩm',
};

describe('OG image', () => {
  it('is a 1200×630 PNG', async () => {
    const meta = await sharp(await renderOgImage(card)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('renders its text (differs from the same card with different words)', async () => {
    const [a, b] = await Promise.all([
      sharp(await renderOgImage(card))
        .raw()
        .toBuffer(),
      sharp(await renderOgImage({ ...card, name: 'Trà Shan tuyết Khau Bjooc', producer: 'HTX Bản Cháo' }))
        .raw()
        .toBuffer(),
    ]);
    let differing = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
    // A few thousand pixels at least: glyphs were drawn, not just the same background shapes.
    expect(differing).toBeGreaterThan(5000);
  });

  it('escapes markup in names and draws one filled star per rating point', () => {
    const svg = ogImageSvg({ ...card, name: 'Rượu <men> & "lá"', standing: { stars: 3 } });
    expect(svg).toContain('Rượu &lt;men&gt; &amp; &quot;lá&quot;');
    expect(svg.match(/<polygon[^>]*fill="#f2c14e"/g)).toHaveLength(3);
  });

  it('claims no stars for a lapsed certificate and says what happened instead', () => {
    const svg = ogImageSvg({ ...card, standing: { lapsed: 'OCOP · Hết hiệu lực từ 20/10/2026' } });
    expect(svg).not.toContain('<polygon');
    expect(svg).not.toContain('★');
    expect(svg).toContain('Hết hiệu lực từ 20/10/2026');
  });

  it('wraps long names and cuts them with an ellipsis', () => {
    expect(wrapText('một hai ba bốn năm', 8, 3)).toEqual(['một hai', 'ba bốn', 'năm']);
    expect(wrapText('một hai ba bốn năm sáu bảy', 8, 2)).toEqual(['một hai', 'ba bốn…']);
  });
});

describe('OG image cache', () => {
  it('renders a card once and serves it from the cache afterwards, one file per distinct card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-og-test-'));
    const first = await cachedOgImage(card, dir);
    expect(first.equals(await renderOgImage(card))).toBe(true);
    const [file] = readdirSync(dir);
    expect(readdirSync(dir)).toEqual([file]);

    // A marker written into the cached file comes back: the second call did not render again.
    writeFileSync(join(dir, file ?? ''), 'cached');
    expect((await cachedOgImage(card, dir)).toString()).toBe('cached');

    await cachedOgImage({ ...card, standing: { stars: 4 } }, dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
