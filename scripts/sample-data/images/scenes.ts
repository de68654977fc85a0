/**
 * Landscapes: layered ridges, a valley with fields or tea rows, and a building. Used for the
 * producers' pictures and as the second, "where it grows" picture of some products.
 */
import type { Random } from '../random.ts';
import type { Art } from './motifs.ts';
import { H, hsl, linear, W } from './svg.ts';

export type Ground = 'terraces' | 'tea-rows' | 'orchard' | 'forest' | 'lake';
export type Building = 'stilt-house' | 'workshop' | 'none';

function ridge(rng: Random, baseY: number, height: number, fill: string): string {
  let d = `M0,${H} L0,${baseY}`;
  let x = 0;
  while (x < W) {
    const step = rng.int(120, 260);
    const peak = baseY - rng.int(height / 3, height);
    d += ` Q${x + step / 2},${peak} ${x + step},${baseY - rng.int(0, height / 3)}`;
    x += step;
  }
  return `<path d="${d} L${W},${H} Z" fill="${fill}"/>`;
}

function ground(kind: Ground, rng: Random, hue: number, y: number): string {
  const h = H - y;
  switch (kind) {
    case 'terraces':
      return Array.from({ length: 7 }, (_, i) => {
        const top = y + (i * h) / 7;
        return `<path d="M0,${top + 20} Q600,${top - rng.int(10, 40)} ${W},${top + 20} L${W},${H} L0,${H} Z" fill="${hsl(hue + i * 4, 50, 48 - i * 3)}"/><path d="M0,${top + 20} Q600,${top - 20} ${W},${top + 20}" stroke="rgba(255,255,255,0.25)" stroke-width="3" fill="none"/>`;
      }).join('');
    case 'tea-rows':
      return (
        `<rect y="${y}" width="${W}" height="${h}" fill="${hsl(95, 35, 35)}"/>` +
        Array.from(
          { length: 9 },
          (_, i) =>
            `<path d="M-40,${y + 20 + i * 28} Q600,${y + i * 34 - 30} 1240,${y + 20 + i * 28}" stroke="${hsl(100, 55, 42 + (i % 2) * 6)}" stroke-width="${16 + i * 2}" fill="none" stroke-linecap="round"/>`,
        ).join('')
      );
    case 'orchard':
      return (
        `<rect y="${y}" width="${W}" height="${h}" fill="${hsl(90, 35, 45)}"/>` +
        Array.from({ length: 22 }, () => {
          const x = rng.int(0, W);
          const ty = rng.int(y + 10, H - 20);
          const r = 18 + ((ty - y) / h) * 40;
          return (
            `<circle cx="${x}" cy="${ty}" r="${Math.round(r)}" fill="${hsl(120, 40, 28)}"/>` +
            (rng.chance(0.7)
              ? `<circle cx="${x + r / 3}" cy="${ty - r / 4}" r="${Math.round(r / 5)}" fill="${hsl(hue, 85, 55)}"/>`
              : '')
          );
        }).join('')
      );
    case 'forest':
      return (
        `<rect y="${y}" width="${W}" height="${h}" fill="${hsl(130, 35, 30)}"/>` +
        Array.from({ length: 30 }, () => {
          const x = rng.int(0, W);
          const ty = rng.int(y, H);
          const s = 20 + ((ty - y) / h) * 60;
          return `<path d="M${x},${ty - s * 2} L${x + s},${ty} L${x - s},${ty} Z" fill="${hsl(rng.int(110, 150), 35, rng.int(20, 34))}"/>`;
        }).join('')
      );
    case 'lake':
      return (
        `<rect y="${y}" width="${W}" height="${h}" fill="${hsl(195, 45, 45)}"/>` +
        Array.from(
          { length: 8 },
          (_, i) =>
            `<path d="M${rng.int(0, 300)},${y + 20 + i * 30} L${rng.int(700, W)},${y + 20 + i * 30}" stroke="rgba(255,255,255,0.16)" stroke-width="4"/>`,
        ).join('')
      );
  }
}

function building(kind: Building, rng: Random, y: number): string {
  const x = rng.int(220, 980);
  const s = rng.int(80, 120) / 100;
  const t = (inner: string) => `<g transform="translate(${x} ${y}) scale(${s})">${inner}</g>`;
  switch (kind) {
    case 'stilt-house':
      return t(
        `<path d="M-170,-150 L0,-240 L170,-150 Z" fill="${hsl(20, 30, 25)}"/><rect x="-140" y="-150" width="280" height="100" fill="${hsl(30, 40, 42)}"/>` +
          `<rect x="-100" y="-125" width="44" height="44" fill="${hsl(45, 70, 72)}"/><rect x="56" y="-125" width="44" height="44" fill="${hsl(45, 70, 72)}"/>` +
          Array.from(
            { length: 5 },
            (_, i) => `<rect x="${-130 + i * 63}" y="-50" width="12" height="60" fill="${hsl(25, 35, 22)}"/>`,
          ).join(''),
      );
    case 'workshop':
      return t(
        `<rect x="-180" y="-140" width="360" height="150" fill="${hsl(40, 15, 86)}"/><path d="M-200,-140 L0,-210 L200,-140 Z" fill="${hsl(200, 30, 40)}"/>` +
          `<rect x="-40" y="-80" width="80" height="90" fill="${hsl(200, 20, 35)}"/>` +
          Array.from(
            { length: 4 },
            (_, i) =>
              `<rect x="${-160 + i * 90 + (i > 1 ? 60 : 0)}" y="-110" width="40" height="30" fill="${hsl(200, 40, 70)}"/>`,
          ).join(''),
      );
    case 'none':
      return '';
  }
}

/** A landscape in the hues of `hue` (the crop's colour shows in fruit and fields). */
export function landscape(
  rng: Random,
  hue: number,
  groundKind: Ground,
  buildingKind: Building,
  id: () => string,
): Art {
  const sky = id();
  const horizon = rng.int(420, 520);
  const skyHue = rng.int(190, 215);
  const sunX = rng.int(150, 1050);
  const body =
    `<rect width="${W}" height="${H}" fill="url(#${sky})"/>` +
    `<circle cx="${sunX}" cy="${rng.int(110, 220)}" r="${rng.int(50, 80)}" fill="${hsl(45, 90, 88, 0.9)}"/>` +
    ridge(rng, horizon - 140, 220, hsl(skyHue, 20, 70)) +
    ridge(rng, horizon - 60, 200, hsl(150, 22, 52)) +
    ridge(rng, horizon, 160, hsl(135, 30, 38)) +
    ground(groundKind, rng, hue, horizon + 40) +
    building(buildingKind, rng, horizon + 70);
  return { body, defs: linear(sky, hsl(skyHue, 60, 72), hsl(skyHue - 20, 45, 92)) };
}
