/**
 * One drawing per kind of product: simple shapes that evoke it (a bowl of noodles, a bottle, a
 * jar, fruit, cloth, a stilt house), no text. Positions and counts vary with the product's seed.
 */
import type { Random } from '../random.ts';
import { bowl, fruit, H, hsl, leaf, linear, type Palette, r1, radial, shadow, W } from './svg.ts';

export type Motif =
  | 'noodles'
  | 'powder'
  | 'citrus'
  | 'persimmon'
  | 'gourd'
  | 'greens'
  | 'eggs'
  | 'tea'
  | 'herbal-tea'
  | 'wood-ear'
  | 'mushroom'
  | 'bamboo'
  | 'jar'
  | 'rice'
  | 'honey'
  | 'cake'
  | 'box'
  | 'meat'
  | 'sausage'
  | 'bottle'
  | 'spice'
  | 'water'
  | 'oil'
  | 'herbal-bath'
  | 'soap'
  | 'pump'
  | 'fabric'
  | 'indigo'
  | 'basket'
  | 'broom'
  | 'lute'
  | 'orchid'
  | 'blossom'
  | 'bonsai'
  | 'house';

export interface Art {
  body: string;
  defs: string;
}

type Draw = (p: Palette, rng: Random, id: () => string) => Art;

const art = (body: string, defs = ''): Art => ({ body, defs });
const join = (...parts: Art[]): Art => ({
  body: parts.map((a) => a.body).join(''),
  defs: parts.map((a) => a.defs).join(''),
});

const leaves = (rng: Random, p: Palette, n: number, x: number, y: number, spread: number, size: number) =>
  Array.from({ length: n }, () =>
    leaf(
      x + rng.int(-spread, spread),
      y + rng.int(-spread / 3, spread / 3),
      size * (0.7 + rng.next() * 0.5),
      rng.int(0, 359),
      rng.chance(0.5) ? p.leaf : p.leafDark,
      'rgba(255,255,255,0.25)',
    ),
  ).join('');

/** Wavy strands, for noodles, vermicelli and dried shoots. */
const strands = (rng: Random, cx: number, cy: number, w: number, colour: string, n: number, width = 4) =>
  Array.from({ length: n }, () => {
    const x0 = cx - w / 2 + rng.next() * w * 0.2;
    const y0 = cy + rng.int(-30, 10);
    const x1 = cx + w / 2 - rng.next() * w * 0.2;
    const amp = rng.int(8, 26);
    return `<path d="M${r1(x0)},${r1(y0)} C${r1(x0 + w * 0.3)},${r1(y0 - amp)} ${r1(x1 - w * 0.3)},${r1(y0 + amp)} ${r1(x1)},${r1(y0 + rng.int(-12, 12))}" stroke="${colour}" stroke-width="${width}" fill="none" stroke-linecap="round"/>`;
  }).join('');

const bottleShape = (
  x: number,
  base: number,
  w: number,
  h: number,
  fill: string,
  cap: string,
  label: string,
) => {
  const neck = w * 0.32;
  const shoulder = base - h * 0.62;
  const top = base - h;
  return (
    shadow(x, base + 4, w * 0.7) +
    `<path d="M${r1(x - w / 2)},${r1(base)} L${r1(x - w / 2)},${r1(shoulder)} Q${r1(x - w / 2)},${r1(shoulder - h * 0.12)} ${r1(x - neck / 2)},${r1(shoulder - h * 0.2)} L${r1(x - neck / 2)},${r1(top + h * 0.05)} L${r1(x + neck / 2)},${r1(top + h * 0.05)} L${r1(x + neck / 2)},${r1(shoulder - h * 0.2)} Q${r1(x + w / 2)},${r1(shoulder - h * 0.12)} ${r1(x + w / 2)},${r1(shoulder)} L${r1(x + w / 2)},${r1(base)} Z" fill="${fill}"/>` +
    `<rect x="${r1(x - neck / 2 - 3)}" y="${r1(top)}" width="${r1(neck + 6)}" height="${r1(h * 0.08)}" rx="4" fill="${cap}"/>` +
    `<rect x="${r1(x - w / 2 + 8)}" y="${r1(shoulder + h * 0.12)}" width="${r1(w - 16)}" height="${r1(h * 0.3)}" rx="6" fill="${label}"/>` +
    `<rect x="${r1(x - w / 2 + 10)}" y="${r1(shoulder - h * 0.05)}" width="${r1(w * 0.1)}" height="${r1(h * 0.55)}" rx="6" fill="rgba(255,255,255,0.3)"/>`
  );
};

const jarShape = (x: number, base: number, w: number, h: number, fill: string, lid: string, label: string) =>
  shadow(x, base + 4, w * 0.6) +
  `<rect x="${r1(x - w / 2)}" y="${r1(base - h)}" width="${r1(w)}" height="${r1(h)}" rx="${r1(w * 0.16)}" fill="${fill}"/>` +
  `<rect x="${r1(x - w * 0.44)}" y="${r1(base - h - h * 0.16)}" width="${r1(w * 0.88)}" height="${r1(h * 0.2)}" rx="8" fill="${lid}"/>` +
  `<rect x="${r1(x - w * 0.4)}" y="${r1(base - h * 0.68)}" width="${r1(w * 0.8)}" height="${r1(h * 0.36)}" rx="6" fill="${label}"/>` +
  `<rect x="${r1(x - w * 0.42)}" y="${r1(base - h * 0.92)}" width="${r1(w * 0.08)}" height="${r1(h * 0.8)}" rx="6" fill="rgba(255,255,255,0.28)"/>`;

const cup = (x: number, base: number, w: number, tea: string, body: string) =>
  shadow(x, base + 6, w * 0.8) +
  `<ellipse cx="${x}" cy="${base}" rx="${r1(w * 0.75)}" ry="${r1(w * 0.14)}" fill="${body}" opacity="0.85"/>` +
  `<path d="M${r1(x - w / 2)},${r1(base - w * 0.62)} Q${r1(x - w / 2)},${r1(base)} ${x},${r1(base)} Q${r1(x + w / 2)},${r1(base)} ${r1(x + w / 2)},${r1(base - w * 0.62)} Z" fill="${body}"/>` +
  `<ellipse cx="${x}" cy="${r1(base - w * 0.62)}" rx="${r1(w / 2)}" ry="${r1(w * 0.11)}" fill="${tea}"/>` +
  `<path d="M${r1(x - w * 0.15)},${r1(base - w * 0.8)} q-20,-40 0,-80 q20,-40 0,-80 M${r1(x + w * 0.12)},${r1(base - w * 0.8)} q-20,-40 0,-80" stroke="rgba(255,255,255,0.55)" stroke-width="6" fill="none" stroke-linecap="round"/>`;

const grains = (rng: Random, cx: number, cy: number, spread: number, colour: string, n: number) =>
  Array.from({ length: n }, () => {
    const x = cx + (rng.next() - 0.5) * spread * 2;
    const y = cy + (rng.next() - 0.5) * spread * 0.4;
    return `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="9" ry="5" fill="${colour}" transform="rotate(${rng.int(0, 179)} ${r1(x)} ${r1(y)})"/>`;
  }).join('');

const sack = (x: number, base: number, w: number, h: number, fill: string, band: string) =>
  shadow(x, base + 4, w * 0.6) +
  `<path d="M${r1(x - w / 2)},${base} Q${r1(x - w * 0.56)},${r1(base - h * 0.6)} ${r1(x - w * 0.42)},${r1(base - h)} Q${x},${r1(base - h - 40)} ${r1(x + w * 0.42)},${r1(base - h)} Q${r1(x + w * 0.56)},${r1(base - h * 0.6)} ${r1(x + w / 2)},${base} Z" fill="${fill}"/>` +
  `<rect x="${r1(x - w * 0.42)}" y="${r1(base - h * 0.55)}" width="${r1(w * 0.84)}" height="${r1(h * 0.22)}" fill="${band}"/>`;

const fruitPile = (
  p: Palette,
  rng: Random,
  id: () => string,
  inner: string,
  outer: string,
  flat = 1,
): Art => {
  const n = rng.int(4, 6);
  const parts: Art[] = [art(shadow(600, 700, 330))];
  for (let i = 0; i < n; i++) {
    const x = 600 + (i - (n - 1) / 2) * rng.int(105, 125) + rng.int(-10, 10);
    const y = 600 + (i % 2) * 50 + rng.int(-15, 15);
    const r = rng.int(80, 105);
    const f = fruit(x, y, r, inner, outer, id());
    parts.push(
      art(`<g transform="translate(0 ${r1(y * (1 - flat))}) scale(1 ${flat})">${f.body}</g>`, f.defs),
    );
    parts.push(art(leaf(x + 4, y - r * flat + 6, r * 0.9, rng.int(-80, -20), p.leaf, p.leafDark)));
  }
  return join(...parts);
};

export const motifs: Record<Motif, Draw> = {
  noodles: (p, rng) =>
    art(
      bowl(600, 560, 520, p.accent, p.light, strands(rng, 600, 555, 420, 'rgba(240,232,215,0.95)', 26, 5)) +
        `<g transform="rotate(${rng.int(-18, -6)} 880 420)"><rect x="700" y="415" width="420" height="12" rx="6" fill="${p.dark}"/><rect x="700" y="445" width="420" height="12" rx="6" fill="${p.dark}"/></g>` +
        strands(rng, 250, 760, 260, 'rgba(235,225,205,0.9)', 18, 4),
    ),
  powder: (p, rng) =>
    art(
      bowl(560, 560, 460, p.light, p.dark, `<ellipse cx="560" cy="545" rx="200" ry="60" fill="${p.main}"/>`) +
        `<g transform="rotate(${rng.int(-25, -10)} 900 700)"><ellipse cx="900" cy="700" rx="70" ry="34" fill="${p.main}"/><rect x="960" y="690" width="200" height="18" rx="9" fill="${p.tableDark}"/></g>` +
        Array.from(
          { length: rng.int(3, 5) },
          (_, i) =>
            `<ellipse cx="${230 + i * 70}" cy="${760 + (i % 2) * 20}" rx="50" ry="22" fill="${p.dark}" transform="rotate(${rng.int(-30, 30)} ${230 + i * 70} 760)"/>`,
        ).join(''),
    ),
  citrus: (p, rng, id) => fruitPile(p, rng, id, hsl(p.hue + 10, 95, 65), hsl(p.hue, 90, 45)),
  persimmon: (p, rng, id) => {
    const pile = fruitPile(p, rng, id, hsl(p.hue + 12, 90, 62), hsl(p.hue, 85, 42), 0.78);
    return join(pile);
  },
  gourd: (p, rng, id) => {
    const g1 = id();
    const gourds = Array.from({ length: rng.int(2, 3) }, (_, i) => {
      const x = 440 + i * 240 + rng.int(-20, 20);
      const angle = rng.int(-25, 25);
      return `<g transform="rotate(${angle} ${x} 600)"><ellipse cx="${x}" cy="600" rx="120" ry="250" fill="url(#${g1})"/><path d="M${x - 40},380 Q${x - 60},600 ${x - 40},820 M${x + 40},380 Q${x + 60},600 ${x + 40},820" stroke="rgba(255,255,255,0.25)" stroke-width="10" fill="none"/></g>`;
    }).join('');
    return art(
      shadow(600, 830, 380) + gourds + leaves(rng, p, 3, 900, 330, 120, 170),
      radial(g1, hsl(110, 45, 55), hsl(120, 50, 28)),
    );
  },
  greens: (p, rng) =>
    art(
      shadow(600, 780, 320) +
        Array.from({ length: 14 }, (_, i) =>
          leaf(
            600 + rng.int(-40, 40),
            760,
            rng.int(240, 360),
            -90 + (i - 7) * 9 + rng.int(-4, 4),
            i % 2 ? p.leaf : p.leafDark,
            'rgba(255,255,255,0.3)',
          ),
        ).join('') +
        `<rect x="560" y="690" width="80" height="36" rx="10" fill="${p.tableDark}"/>`,
    ),
  eggs: (p, rng, id) => {
    const e = id();
    const eggs = Array.from({ length: rng.int(5, 7) }, (_, i) => {
      const x = 420 + i * 70 + rng.int(-10, 10);
      const y = 560 + (i % 2) * 30;
      return `<ellipse cx="${x}" cy="${y}" rx="52" ry="68" fill="url(#${e})" transform="rotate(${rng.int(-20, 20)} ${x} ${y})"/>`;
    }).join('');
    return art(
      bowl(600, 600, 600, p.dark, p.main, strands(rng, 600, 600, 520, hsl(48, 70, 70), 20, 4) + eggs),
      radial(e, hsl(35, 60, 90), hsl(28, 50, 68)),
    );
  },
  tea: (p, rng) =>
    art(
      cup(520, 700, 300, hsl(p.hue + 20, 60, 45), hsl(0, 0, 96)) +
        leaves(rng, p, 7, 900, 700, 120, 150) +
        `<ellipse cx="880" cy="770" rx="150" ry="30" fill="${p.tableDark}" opacity="0.5"/>`,
    ),
  'herbal-tea': (p, rng) =>
    art(
      cup(620, 700, 280, hsl(p.hue, 65, 45), hsl(p.hue + 180, 15, 92)) +
        leaves(rng, p, 5, 300, 720, 100, 130) +
        Array.from({ length: 4 }, () => {
          const x = rng.int(830, 1050);
          const y = rng.int(690, 800);
          return `<circle cx="${x}" cy="${y}" r="${rng.int(22, 34)}" fill="${hsl(p.hue + 20, 80, 60)}"/><circle cx="${x}" cy="${y}" r="10" fill="${p.dark}"/>`;
        }).join(''),
    ),
  'wood-ear': (p, rng) =>
    art(
      bowl(600, 560, 520, p.light, p.accent, '') +
        Array.from({ length: 9 }, () => {
          const x = rng.int(400, 800);
          const y = rng.int(480, 560);
          return `<path d="M${x},${y} q${rng.int(30, 60)},-${rng.int(40, 70)} ${rng.int(80, 110)},0 q-${rng.int(20, 40)},${rng.int(30, 50)} -${rng.int(80, 110)},0 Z" fill="${hsl(20, 35, rng.int(14, 24))}"/>`;
        }).join(''),
    ),
  mushroom: (_p, rng) =>
    art(
      shadow(600, 780, 340) +
        Array.from({ length: rng.int(4, 6) }, (_, i) => {
          const x = 360 + i * 110 + rng.int(-15, 15);
          const y = 640 + (i % 2) * 70;
          const r = rng.int(70, 100);
          return (
            `<rect x="${x - 16}" y="${y - 10}" width="32" height="${r * 0.9}" rx="12" fill="${hsl(40, 35, 85)}"/><path d="M${x - r},${y} Q${x},${y - r * 1.3} ${x + r},${y} Z" fill="${hsl(25, 55, rng.int(26, 40))}"/>` +
            `<circle cx="${x - r * 0.3}" cy="${y - r * 0.4}" r="8" fill="rgba(255,255,255,0.5)"/>`
          );
        }).join(''),
    ),
  bamboo: (p, rng) =>
    art(
      shadow(600, 790, 360) +
        Array.from({ length: 4 }, (_, i) => {
          const x = 400 + i * 130 + rng.int(-10, 10);
          const h = rng.int(260, 360);
          return `<path d="M${x - 55},780 Q${x},${780 - h * 1.2} ${x + 55},780 Z" fill="${hsl(45, 55, rng.int(50, 62))}"/><path d="M${x - 40},720 L${x + 40},720 M${x - 28},660 L${x + 28},660" stroke="${hsl(35, 45, 38)}" stroke-width="5"/>`;
        }).join('') +
        strands(rng, 960, 760, 220, hsl(42, 45, 55), 14, 7) +
        leaves(rng, p, 4, 220, 420, 80, 200),
    ),
  jar: (p, rng) =>
    art(
      jarShape(600, 780, 300, 360, hsl(p.hue, 75, 45), p.dark, hsl(p.hue + 30, 35, 88)) +
        jarShape(880, 790, 170, 200, hsl(p.hue, 70, 40), p.dark, hsl(p.hue + 30, 35, 88)) +
        leaves(rng, p, 4, 300, 760, 90, 130),
    ),
  rice: (p, rng) =>
    art(
      sack(420, 790, 380, 380, hsl(p.hue, 25, 78), p.accent) +
        bowl(
          820,
          640,
          320,
          p.light,
          hsl(p.hue, 40, 92),
          `<ellipse cx="820" cy="630" rx="140" ry="46" fill="${hsl(p.hue, 30, 94)}"/>`,
        ) +
        grains(rng, 700, 820, 260, hsl(p.hue, 40, 90), 60),
    ),
  honey: (p, rng, id) => {
    const h = id();
    return art(
      jarShape(560, 790, 320, 380, `url(#${h})`, p.dark, hsl(40, 40, 90)) +
        `<g transform="rotate(${rng.int(20, 35)} 880 640)"><rect x="860" y="420" width="22" height="320" rx="10" fill="${hsl(30, 40, 40)}"/><ellipse cx="871" cy="430" rx="44" ry="60" fill="${hsl(30, 40, 45)}"/><path d="M840,420 L900,420 M840,445 L900,445" stroke="${hsl(30, 40, 30)}" stroke-width="6"/></g>` +
        `<path d="M871,500 q10,80 -5,160" stroke="${hsl(40, 95, 50)}" stroke-width="14" fill="none" stroke-linecap="round"/>`,
      linear(h, hsl(45, 95, 55), hsl(30, 90, 38)),
    );
  },
  cake: (p, rng) =>
    art(
      shadow(600, 780, 380) +
        Array.from({ length: rng.int(2, 3) }, (_, i) => {
          const x = 440 + i * 300;
          const s = rng.int(200, 250);
          const y = 760 - s;
          return `<rect x="${x - s / 2}" y="${y}" width="${s}" height="${s}" rx="18" fill="${hsl(p.hue, 45, rng.int(30, 40))}"/><path d="M${x - s / 2},${y + s * 0.5} L${x + s / 2},${y + s * 0.5} M${x},${y} L${x},${y + s}" stroke="${hsl(45, 40, 75)}" stroke-width="10"/><path d="M${x - s / 2 + 20},${y + 20} L${x + s / 2 - 20},${y + s - 20}" stroke="rgba(255,255,255,0.12)" stroke-width="24"/>`;
        }).join('') +
        leaves(rng, p, 3, 1000, 560, 60, 180),
    ),
  box: (p, rng) =>
    art(
      shadow(600, 800, 340) +
        `<rect x="360" y="420" width="480" height="360" rx="14" fill="${p.main}"/><rect x="340" y="380" width="520" height="90" rx="12" fill="${p.dark}"/>` +
        `<rect x="570" y="380" width="60" height="400" fill="${hsl(45, 80, 60)}"/><path d="M600,380 q-90,-90 -140,-20 q60,30 140,20 q90,-90 140,-20 q-60,30 -140,20" fill="${hsl(45, 80, 55)}"/>` +
        Array.from(
          { length: rng.int(3, 5) },
          (_, i) =>
            `<circle cx="${230 + i * 40}" cy="${750 - (i % 2) * 30}" r="28" fill="${hsl(p.hue + 30, 50, 75)}"/>`,
        ).join(''),
    ),
  meat: (p, rng) =>
    art(
      `<rect x="150" y="180" width="900" height="14" rx="7" fill="${hsl(30, 30, 30)}"/>` +
        Array.from({ length: rng.int(4, 6) }, (_, i) => {
          const x = 250 + i * 150 + rng.int(-15, 15);
          const len = rng.int(300, 420);
          return `<path d="M${x},190 L${x},230" stroke="${hsl(40, 30, 60)}" stroke-width="5"/><rect x="${x - 45}" y="230" width="90" height="${len}" rx="30" fill="${hsl(p.hue, 55, rng.int(20, 30))}"/><rect x="${x - 30}" y="250" width="20" height="${len - 40}" rx="10" fill="rgba(255,230,200,0.18)"/>`;
        }).join(''),
    ),
  sausage: (p, rng) =>
    art(
      shadow(600, 760, 380) +
        Array.from({ length: rng.int(5, 7) }, (_, i) => {
          const x = 300 + i * 100;
          const y = 560 + (i % 2) * 70;
          return `<g transform="rotate(${rng.int(-25, 25)} ${x} ${y})"><rect x="${x - 40}" y="${y - 130}" width="80" height="260" rx="40" fill="${hsl(p.hue, 65, rng.int(32, 40))}"/><rect x="${x - 22}" y="${y - 110}" width="16" height="200" rx="8" fill="rgba(255,255,255,0.22)"/></g>`;
        }).join(''),
    ),
  bottle: (p, rng) =>
    art(
      bottleShape(520, 800, 200, 520, hsl(p.hue, 55, 70, 0.85), p.dark, hsl(p.hue + 20, 30, 92)) +
        `<path d="M780,800 L800,700 L900,700 L920,800 Z" fill="${hsl(p.hue, 30, 88, 0.9)}"/>` +
        shadow(850, 802, 90) +
        leaves(rng, p, 3, 300, 760, 60, 140),
    ),
  spice: (p, rng) =>
    art(
      bowl(600, 600, 500, p.light, p.dark, '') +
        Array.from({ length: 14 }, () => {
          const x = rng.int(420, 780);
          const y = rng.int(560, 620);
          const pts = Array.from({ length: 16 }, (_, k) => {
            const a = (k * Math.PI) / 8;
            const r = k % 2 ? 16 : 40;
            return `${r1(x + r * Math.cos(a))},${r1(y + r * Math.sin(a) * 0.6)}`;
          }).join(' ');
          return `<polygon points="${pts}" fill="${hsl(p.hue, 55, rng.int(25, 38))}"/>`;
        }).join(''),
    ),
  water: (p, rng) =>
    art(
      Array.from({ length: 3 }, (_, i) =>
        bottleShape(
          380 + i * 220,
          800 - (i % 2) * 20,
          150,
          460,
          hsl(p.hue, 70, 75, 0.6),
          hsl(p.hue, 70, 40),
          hsl(p.hue, 50, 92),
        ),
      ).join('') +
        Array.from({ length: 5 }, () => {
          const x = rng.int(200, 1000);
          const y = rng.int(150, 300);
          return `<path d="M${x},${y} q-22,40 0,52 q22,-12 0,-52 Z" fill="${hsl(p.hue, 70, 70, 0.7)}"/>`;
        }).join(''),
    ),
  oil: (p, rng) =>
    art(
      bottleShape(600, 800, 180, 380, hsl(p.hue, 60, 35, 0.9), p.dark, hsl(p.hue, 30, 88)) +
        `<rect x="575" y="350" width="50" height="80" rx="20" fill="${hsl(0, 0, 20)}"/>` +
        Array.from(
          { length: 3 },
          (_, i) =>
            `<path d="M${820 + i * 60},${600 - i * 40} q-18,34 0,44 q18,-10 0,-44 Z" fill="${hsl(p.hue + 10, 80, 55)}"/>`,
        ).join('') +
        leaves(rng, p, 5, 330, 740, 90, 160) +
        `<rect x="820" y="760" width="240" height="26" rx="12" fill="${hsl(20, 50, 35)}"/><rect x="840" y="730" width="220" height="26" rx="12" fill="${hsl(22, 50, 40)}"/>`,
    ),
  'herbal-bath': (p, rng) =>
    art(
      shadow(600, 800, 360) +
        `<path d="M280,520 L920,520 L880,790 L320,790 Z" fill="${hsl(28, 45, 40)}"/><path d="M280,520 L920,520" stroke="${hsl(28, 45, 28)}" stroke-width="16"/>` +
        `<ellipse cx="600" cy="530" rx="300" ry="30" fill="${hsl(p.hue - 40, 50, 35)}"/>` +
        `<path d="M340,600 L860,600 M330,690 L870,690" stroke="${hsl(28, 45, 28)}" stroke-width="10"/>` +
        leaves(rng, p, 8, 600, 470, 260, 140),
    ),
  soap: (p, rng) =>
    art(
      shadow(600, 790, 380) +
        Array.from({ length: 3 }, (_, i) => {
          const x = 330 + i * 230;
          const y = 620 - (i % 2) * 40;
          return `<rect x="${x}" y="${y}" width="200" height="140" rx="34" fill="${hsl(p.hue + i * 35, 45, 70)}"/><rect x="${x + 14}" y="${y + 12}" width="172" height="40" rx="20" fill="rgba(255,255,255,0.3)"/>`;
        }).join('') +
        leaves(rng, p, 5, 900, 460, 120, 150),
    ),
  pump: (p, rng) =>
    art(
      bottleShape(520, 800, 230, 440, hsl(p.hue, 45, 55), hsl(0, 0, 95), hsl(p.hue, 25, 90)) +
        `<rect x="505" y="300" width="30" height="70" fill="${hsl(0, 0, 92)}"/><rect x="470" y="290" width="110" height="24" rx="10" fill="${hsl(0, 0, 92)}"/>` +
        Array.from({ length: 6 }, () => {
          const x = rng.int(760, 1020);
          const y = rng.int(700, 790);
          return `<path d="M${x},${y} q40,-60 80,0 q-40,20 -80,0 Z" fill="${hsl(30, 45, 28)}" transform="rotate(${rng.int(-30, 30)} ${x} ${y})"/>`;
        }).join(''),
    ),
  fabric: (p, rng) => {
    const colours = [
      p.main,
      p.accent,
      hsl(p.hue + 60, 70, 50),
      hsl(50, 85, 55),
      hsl(0, 0, 12),
      hsl(0, 0, 95),
    ];
    let body = `<rect width="${W}" height="${H}" fill="${hsl(0, 0, 10)}"/>`;
    let y = 0;
    while (y < H) {
      const h = rng.int(40, 110);
      const fill = rng.pick(colours);
      body += `<rect y="${y}" width="${W}" height="${h}" fill="${fill}"/>`;
      if (h > 60) {
        const motif = rng.pick(colours.filter((c) => c !== fill));
        const step = h * 1.1;
        for (let x = rng.int(0, 40); x < W; x += step) {
          const cx = x + step / 2;
          const cy = y + h / 2;
          body += rng.chance(0.5)
            ? `<polygon points="${r1(cx)},${r1(y + 8)} ${r1(cx + h / 2 - 8)},${r1(cy)} ${r1(cx)},${r1(y + h - 8)} ${r1(cx - h / 2 + 8)},${r1(cy)}" fill="${motif}"/>`
            : `<polygon points="${r1(cx - h / 2 + 8)},${r1(y + h - 8)} ${r1(cx)},${r1(y + 8)} ${r1(cx + h / 2 - 8)},${r1(y + h - 8)}" fill="${motif}"/>`;
        }
      }
      y += h + rng.int(4, 10);
    }
    return art(`<g transform="rotate(${rng.int(-8, 8)} 600 450) scale(1.15) translate(-80 -60)">${body}</g>`);
  },
  indigo: (p, rng) => {
    let body = `<rect width="${W}" height="${H}" fill="${hsl(225, 55, 18)}"/>`;
    for (let i = 0; i < 7; i++) {
      const y = rng.int(0, H);
      body += `<path d="M-50,${y} C300,${y + rng.int(-120, 120)} 800,${y + rng.int(-120, 120)} 1250,${y + rng.int(-60, 60)}" stroke="${hsl(225, 50, rng.int(24, 34))}" stroke-width="${rng.int(40, 120)}" fill="none"/>`;
    }
    body += `<rect x="0" y="${rng.int(380, 460)}" width="${W}" height="46" fill="${p.accent}"/>`;
    for (let x = 20; x < W; x += 60)
      body += `<circle cx="${x}" cy="${rng.int(395, 475)}" r="8" fill="${hsl(0, 0, 92)}"/>`;
    return art(body);
  },
  basket: (p, rng) => {
    const weave = Array.from(
      { length: 12 },
      (_, i) =>
        `<path d="M${340 + i * 45},470 L${320 + i * 48},780" stroke="${hsl(p.hue, 45, 35)}" stroke-width="6"/>`,
    ).join('');
    const rows = Array.from(
      { length: 8 },
      (_, i) =>
        `<path d="M${335 - i * 3},${500 + i * 38} Q600,${540 + i * 38} ${865 + i * 3},${500 + i * 38}" stroke="${hsl(p.hue, 50, 60)}" stroke-width="16" fill="none"/>`,
    ).join('');
    return art(
      shadow(600, 800, 330) +
        `<path d="M330,470 L870,470 L840,790 L360,790 Z" fill="${hsl(p.hue, 50, 48)}"/>` +
        weave +
        rows +
        `<ellipse cx="600" cy="470" rx="270" ry="46" fill="${hsl(p.hue, 45, 38)}"/><path d="M380,470 Q600,${rng.int(200, 260)} 820,470" stroke="${hsl(p.hue, 50, 40)}" stroke-width="18" fill="none"/>`,
    );
  },
  broom: (p, rng) =>
    art(
      shadow(600, 800, 380) +
        Array.from({ length: 3 }, (_, i) => {
          const x = 420 + i * 180;
          const a = rng.int(-12, 12);
          const bristles = Array.from(
            { length: 16 },
            (_, k) =>
              `<path d="M${x},470 L${x - 90 + k * 12},800" stroke="${hsl(p.hue, 50, rng.int(58, 70))}" stroke-width="7"/>`,
          ).join('');
          return `<g transform="rotate(${a} ${x} 500)"><rect x="${x - 12}" y="140" width="24" height="340" rx="10" fill="${hsl(30, 40, 35)}"/>${bristles}<rect x="${x - 30}" y="460" width="60" height="22" fill="${p.accent}"/></g>`;
        }).join(''),
    ),
  lute: (p, rng) =>
    art(
      shadow(560, 800, 300) +
        `<g transform="rotate(${rng.int(-35, -25)} 600 450)"><rect x="585" y="60" width="30" height="560" rx="12" fill="${hsl(28, 50, 30)}"/><circle cx="600" cy="660" r="170" fill="${hsl(35, 55, 45)}"/><circle cx="600" cy="660" r="120" fill="${hsl(40, 40, 80)}"/>` +
        `<path d="M592,80 L592,700 M608,80 L608,700" stroke="${hsl(0, 0, 95)}" stroke-width="3"/><rect x="560" y="80" width="80" height="16" fill="${hsl(28, 50, 22)}"/></g>` +
        `<path d="M900,700 q60,-40 120,0" stroke="${p.accent}" stroke-width="20" fill="none"/>`,
    ),
  orchid: (p, rng) => {
    const flowers = Array.from({ length: 6 }, (_, i) => {
      const x = 520 + i * 70 + rng.int(-10, 10);
      const y = 220 + i * 55;
      const petals = Array.from(
        { length: 5 },
        (_, k) =>
          `<ellipse cx="${x}" cy="${y - 30}" rx="16" ry="34" fill="${hsl(p.hue, 60, rng.int(70, 82))}" transform="rotate(${k * 72} ${x} ${y})"/>`,
      ).join('');
      return `${petals}<circle cx="${x}" cy="${y}" r="12" fill="${hsl(p.hue + 20, 70, 45)}"/>`;
    }).join('');
    return art(
      `<path d="M480,900 Q470,500 520,200" stroke="${p.leafDark}" stroke-width="10" fill="none"/><path d="M500,700 Q700,400 900,560" stroke="${p.leafDark}" stroke-width="8" fill="none"/>` +
        Array.from(
          { length: 6 },
          (_, i) =>
            `<path d="M480,880 Q${380 + i * 50},${700 - i * 20} ${200 + i * 140},${560 + (i % 2) * 60}" stroke="${p.leaf}" stroke-width="22" fill="none" stroke-linecap="round"/>`,
        ).join('') +
        flowers +
        `<path d="M380,900 L420,760 L560,760 L600,900 Z" fill="${p.accent}"/>`,
    );
  },
  blossom: (p, rng) =>
    art(
      shadow(600, 830, 260) +
        `<path d="M520,830 L680,830 L650,720 L550,720 Z" fill="${hsl(20, 45, 40)}"/>` +
        `<path d="M600,720 C590,600 520,520 420,420 M590,600 C650,500 760,460 860,360 M560,540 C560,440 600,320 620,200" stroke="${hsl(20, 35, 25)}" stroke-width="20" fill="none" stroke-linecap="round"/>` +
        Array.from({ length: 60 }, () => {
          const x = rng.int(300, 950);
          const y = rng.int(150, 560);
          return `<circle cx="${x}" cy="${y}" r="${rng.int(10, 20)}" fill="${hsl(p.hue, 70, rng.int(72, 86))}"/>`;
        }).join(''),
    ),
  bonsai: (p, rng) =>
    art(
      shadow(600, 830, 300) +
        `<path d="M380,740 L820,740 L780,830 L420,830 Z" fill="${p.accent}"/><rect x="360" y="720" width="480" height="30" rx="8" fill="${p.dark}"/>` +
        `<path d="M600,725 C560,620 700,560 620,460 C560,390 660,330 700,280" stroke="${hsl(25, 30, 28)}" stroke-width="34" fill="none" stroke-linecap="round"/>` +
        Array.from(
          { length: 7 },
          () =>
            `<ellipse cx="${rng.int(430, 820)}" cy="${rng.int(240, 480)}" rx="${rng.int(80, 130)}" ry="${rng.int(40, 60)}" fill="${rng.chance(0.5) ? p.leaf : p.leafDark}"/>`,
        ).join(''),
    ),
  house: (p, rng) => {
    const lakeY = 640;
    const hills = Array.from({ length: 3 }, (_, i) => {
      const base = 420 + i * 60;
      let d = `M0,${lakeY}`;
      for (let x = 0; x <= W; x += 150) d += ` L${x},${base - rng.int(40, 200)}`;
      return `<path d="${d} L${W},${lakeY} Z" fill="${hsl(140 + i * 10, 30, 45 - i * 8)}"/>`;
    }).join('');
    return art(
      `<rect width="${W}" height="${lakeY}" fill="${hsl(200, 55, 82)}"/>` +
        hills +
        `<rect y="${lakeY}" width="${W}" height="${H - lakeY}" fill="${hsl(p.hue, 45, 45)}"/>` +
        Array.from(
          { length: 6 },
          (_, i) =>
            `<path d="M0,${lakeY + 30 + i * 40} L${W},${lakeY + 30 + i * 40}" stroke="rgba(255,255,255,0.12)" stroke-width="4"/>`,
        ).join('') +
        `<g transform="translate(${rng.int(-60, 60)} 0)"><path d="M380,440 L600,320 L820,440 Z" fill="${hsl(20, 35, 28)}"/><rect x="420" y="440" width="360" height="140" fill="${hsl(30, 45, 45)}"/>` +
        `<rect x="470" y="470" width="60" height="60" fill="${hsl(40, 70, 75)}"/><rect x="670" y="470" width="60" height="60" fill="${hsl(40, 70, 75)}"/>` +
        Array.from(
          { length: 5 },
          (_, i) => `<rect x="${430 + i * 85}" y="580" width="16" height="90" fill="${hsl(25, 35, 25)}"/>`,
        ).join('') +
        `</g>`,
    );
  },
};
