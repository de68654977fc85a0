/** Small SVG building blocks shared by the product motifs and the landscapes. */
import type { Random } from '../random.ts';

export const W = 1200;
export const H = 900;

export const hsl = (h: number, s: number, l: number, a = 1) =>
  a === 1
    ? `hsl(${Math.round(((h % 360) + 360) % 360)},${Math.round(s)}%,${Math.round(l)}%)`
    : `hsla(${Math.round(((h % 360) + 360) % 360)},${Math.round(s)}%,${Math.round(l)}%,${a})`;

export interface Palette {
  hue: number;
  main: string;
  dark: string;
  light: string;
  accent: string;
  leaf: string;
  leafDark: string;
  bgTop: string;
  bgBottom: string;
  table: string;
  tableDark: string;
}

/** A palette around the kind's hue, nudged per product so neighbours in a grid differ. */
export function palette(hue: number, rng: Random): Palette {
  const h = hue + rng.int(-14, 14);
  const bgHue = rng.chance(0.5) ? h + rng.int(150, 210) : h + rng.int(-40, 40);
  const bgLight = rng.int(80, 90);
  const tableHue = rng.pick([25, 30, 35, 200, 90, h]);
  return {
    hue: h,
    main: hsl(h, rng.int(55, 80), rng.int(45, 58)),
    dark: hsl(h, rng.int(45, 65), rng.int(24, 34)),
    light: hsl(h, rng.int(60, 85), rng.int(70, 82)),
    accent: hsl(h + rng.int(140, 220), rng.int(45, 70), rng.int(40, 55)),
    leaf: hsl(rng.int(95, 135), rng.int(40, 60), rng.int(32, 44)),
    leafDark: hsl(rng.int(100, 140), rng.int(40, 55), rng.int(20, 28)),
    bgTop: hsl(bgHue, rng.int(25, 50), bgLight),
    bgBottom: hsl(bgHue + rng.int(-20, 20), rng.int(20, 45), bgLight - rng.int(8, 16)),
    table: hsl(tableHue, rng.int(20, 40), rng.int(55, 68)),
    tableDark: hsl(tableHue, rng.int(20, 40), rng.int(38, 48)),
  };
}

/** Unique ids for gradients inside one image. */
export function ids(prefix: string) {
  let n = 0;
  return () => `${prefix}${n++}`;
}

export const r1 = (n: number) => Math.round(n * 10) / 10;

export function document(body: string, defs: string, width = W, height = H): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

export const linear = (id: string, top: string, bottom: string, x2 = 0, y2 = 1) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;

export const radial = (id: string, inner: string, outer: string, fx = 0.35, fy = 0.3) =>
  `<radialGradient id="${id}" cx="0.5" cy="0.5" r="0.6" fx="${fx}" fy="${fy}"><stop offset="0" stop-color="${inner}"/><stop offset="1" stop-color="${outer}"/></radialGradient>`;

/** Studio backdrop: a soft gradient wall, a few out-of-focus discs and a table top. */
export function backdrop(p: Palette, rng: Random, id: () => string): { body: string; defs: string } {
  const wall = id();
  const top = id();
  const tableY = rng.int(560, 640);
  // Out-of-focus light as discs fading to transparent: a gradient is far cheaper to render than a blur filter.
  const discs = Array.from({ length: rng.int(3, 6) }, () => {
    const disc = id();
    const colour = hsl(p.hue + rng.int(-60, 60), 60, 95);
    return {
      def: `<radialGradient id="${disc}"><stop offset="0.55" stop-color="${colour}" stop-opacity="0.4"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient>`,
      body: `<circle cx="${rng.int(0, W)}" cy="${rng.int(0, tableY - 60)}" r="${rng.int(90, 220)}" fill="url(#${disc})"/>`,
    };
  });
  const defs =
    linear(wall, p.bgTop, p.bgBottom) + linear(top, p.table, p.tableDark) + discs.map((d) => d.def).join('');
  const body =
    `<rect width="${W}" height="${H}" fill="url(#${wall})"/>` +
    discs.map((d) => d.body).join('') +
    `<rect y="${tableY}" width="${W}" height="${H - tableY}" fill="url(#${top})"/>` +
    `<rect y="${tableY}" width="${W}" height="6" fill="${hsl(0, 0, 100, 0.25)}"/>`;
  return { body, defs };
}

export const shadow = (cx: number, cy: number, rx: number, ry = rx * 0.16) =>
  `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(rx)}" ry="${r1(ry)}" fill="rgba(0,0,0,0.18)"/>`;

/** A leaf pointing along `angle` degrees from (x, y). */
export function leaf(
  x: number,
  y: number,
  length: number,
  angle: number,
  fill: string,
  vein: string,
): string {
  const w = length * 0.28;
  return (
    `<g transform="translate(${r1(x)},${r1(y)}) rotate(${r1(angle)})">` +
    `<path d="M0,0 Q${r1(length * 0.45)},${r1(-w)} ${r1(length)},0 Q${r1(length * 0.45)},${r1(w)} 0,0 Z" fill="${fill}"/>` +
    `<path d="M0,0 L${r1(length * 0.92)},0" stroke="${vein}" stroke-width="3" fill="none"/></g>`
  );
}

/** A round fruit with a highlight. */
export function fruit(
  x: number,
  y: number,
  r: number,
  inner: string,
  outer: string,
  id: string,
): { body: string; defs: string } {
  return {
    defs: radial(id, inner, outer),
    body:
      `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="url(#${id})"/>` +
      `<ellipse cx="${r1(x - r * 0.35)}" cy="${r1(y - r * 0.4)}" rx="${r1(r * 0.18)}" ry="${r1(r * 0.1)}" fill="rgba(255,255,255,0.45)" transform="rotate(-30 ${r1(x - r * 0.35)} ${r1(y - r * 0.4)})"/>`,
  };
}

/** A bowl seen from slightly above; `content` is drawn inside the rim. */
export function bowl(
  cx: number,
  cy: number,
  w: number,
  colour: string,
  rim: string,
  content: string,
): string {
  const h = w * 0.42;
  return (
    shadow(cx, cy + h + 8, w * 0.45) +
    `<path d="M${r1(cx - w / 2)},${r1(cy)} Q${r1(cx - w / 2)},${r1(cy + h * 1.25)} ${r1(cx)},${r1(cy + h)} Q${r1(cx + w / 2)},${r1(cy + h * 1.25)} ${r1(cx + w / 2)},${r1(cy)} Z" fill="${colour}"/>` +
    `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(w / 2)}" ry="${r1(w * 0.12)}" fill="${rim}"/>` +
    content
  );
}
