/**
 * Open Graph image of a product (1200×630 PNG), drawn as SVG and rasterised with sharp at build
 * time. Text needs a system font (fontconfig): DejaVu Sans or Noto Sans cover Vietnamese.
 */
import sharp from 'sharp';
import { escapeXml } from '../format/xml.ts';
import { OG_SIZE } from './og-size.ts';

const OG_WIDTH = OG_SIZE.width;
const OG_HEIGHT = OG_SIZE.height;

export interface OgCard {
  name: string;
  /** Second-language name, shown smaller under the main one when it differs. */
  subtitle?: string | undefined;
  /** The stars while the certificate is current; otherwise what happened to it, instead of stars. */
  standing: { stars: number } | { lapsed: string };
  producer: string;
  group: string;
}

const FONT = "'DejaVu Sans', 'Noto Sans', 'Liberation Sans', sans-serif";

/** Greedy word wrap by character count (good enough for one bold sans font), ellipsis on overflow. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

/** Points of a five-pointed star centred on (cx, cy). */
function starPoints(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.45;
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

export function ogImageSvg(card: OgCard): string {
  const nameLines = wrapText(card.name, 26, 3);
  const nameTop = 215;
  const lineHeight = 76;
  const afterName = nameTop + (nameLines.length - 1) * lineHeight;
  const text = (x: number, y: number, size: number, weight: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  const { standing } = card;
  const rating =
    'stars' in standing
      ? [
          ...Array.from(
            { length: 5 },
            (_, i) =>
              `<polygon points="${starPoints(100 + i * 64, 92, 26)}" fill="${i < standing.stars ? '#f2c14e' : 'none'}" stroke="#f2c14e" stroke-width="3"/>`,
          ),
          text(436, 104, 36, 700, '#f2c14e', `OCOP ${standing.stars}★`),
        ].join('')
      : text(72, 104, 36, 700, '#ffd7d7', wrapText(standing.lapsed, 52, 1)[0] ?? '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#1f5130"/>`,
    `<rect y="${OG_HEIGHT - 96}" width="${OG_WIDTH}" height="96" fill="#163b23"/>`,
    rating,
    ...nameLines.map((line, i) => text(72, nameTop + i * lineHeight, 64, 700, '#ffffff', line)),
    card.subtitle
      ? text(72, afterName + 58, 34, 400, '#d5e6d9', wrapText(card.subtitle, 52, 1)[0] ?? '')
      : '',
    text(
      72,
      afterName + (card.subtitle ? 120 : 76),
      34,
      400,
      '#ffffff',
      wrapText(card.producer, 52, 1)[0] ?? '',
    ),
    text(72, OG_HEIGHT - 38, 30, 700, '#ffffff', 'OCOP Bắc Kạn'),
    text(330, OG_HEIGHT - 38, 28, 400, '#d5e6d9', wrapText(card.group, 48, 1)[0] ?? ''),
    '</svg>',
  ].join('');
}

// zlib level 6, not 9: a quarter of the time per card (one card per product) for ~25 % more bytes.
export const rasteriseSvg = (svg: string): Promise<Buffer> =>
  sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();

export const renderOgImage = (card: OgCard): Promise<Buffer> => rasteriseSvg(ogImageSvg(card));
