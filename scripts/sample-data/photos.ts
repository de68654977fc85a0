/** Which pictures each entry gets, their paths and alt text; the drawing is in images/. */
import type { Motif } from './images/motifs.ts';
import type { Building, Ground } from './images/scenes.ts';
import type { Text } from './kinds.ts';

export interface Picture {
  /** Path relative to content/images. */
  file: string;
  alt: Text;
  draw:
    | { type: 'product'; motif: Motif; hue: number }
    | { type: 'scene'; hue: number; ground: Ground; building: Building };
}

const GROUND_TEXT: Record<Ground, Text> = {
  terraces: { vi: 'ruộng bậc thang dưới chân núi', en: 'rice terraces below the mountains' },
  'tea-rows': { vi: 'đồi chè xanh', en: 'green tea hills' },
  orchard: { vi: 'vườn cây ăn quả trên đồi', en: 'a hillside orchard' },
  forest: { vi: 'rừng núi xanh', en: 'forested hills' },
  lake: { vi: 'mặt hồ giữa núi', en: 'a lake among the mountains' },
};

/** The landscape a product comes from, for its second picture. */
export function groundOf(motif: Motif): Ground {
  switch (motif) {
    case 'tea':
    case 'herbal-tea':
      return 'tea-rows';
    case 'citrus':
    case 'persimmon':
    case 'blossom':
    case 'orchid':
      return 'orchard';
    case 'rice':
    case 'noodles':
    case 'powder':
    case 'gourd':
    case 'greens':
    case 'cake':
      return 'terraces';
    case 'house':
      return 'lake';
    default:
      return 'forest';
  }
}

export function productPictures(
  slug: string,
  name: Text,
  picture: Text,
  motif: Motif,
  hue: number,
  two: boolean,
): Picture[] {
  const first: Picture = {
    file: `products/${slug}-1.jpg`,
    alt: { vi: `Hình minh họa ${name.vi}: ${picture.vi}`, en: `Illustration of ${name.en}: ${picture.en}` },
    draw: { type: 'product', motif, hue },
  };
  if (!two) return [first];
  const ground = groundOf(motif);
  return [
    first,
    {
      file: `products/${slug}-2.jpg`,
      alt: {
        vi: `Hình minh họa nơi làm ra ${name.vi}: ${GROUND_TEXT[ground].vi}`,
        en: `Illustration of where ${name.en} comes from: ${GROUND_TEXT[ground].en}`,
      },
      draw: { type: 'scene', hue, ground, building: ground === 'lake' ? 'stilt-house' : 'none' },
    },
  ];
}

export function producerPicture(
  slug: string,
  name: Text,
  hue: number,
  ground: Ground,
  building: Building,
): Picture {
  return {
    file: `producers/${slug}.jpg`,
    alt: {
      vi: `Hình minh họa nơi sản xuất của ${name.vi}: ${GROUND_TEXT[ground].vi}`,
      en: `Illustration of where ${name.en} works: ${GROUND_TEXT[ground].en}`,
    },
    draw: { type: 'scene', hue, ground, building },
  };
}

/** The photo entry as the JSON writes it (paths are relative to the JSON file). */
export const photoJson = (p: Picture) => ({ src: `../images/${p.file}`, alt: p.alt });
