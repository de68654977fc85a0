/** Names and slugs of producers and products, built the way the province writes them. */
import type { ProducerType } from '../../src/lib/content/schemas/producer.ts';
import { reservedProductSlugs } from '../../src/lib/paths.ts';
import { slugify } from '../../src/lib/text/slugify.ts';
import type { Text } from './kinds.ts';

/** What a cooperative or company says it does, in its registered name. */
export const labels = {
  '': '',
  'Nông nghiệp': 'Agricultural',
  'Dịch vụ nông nghiệp': 'Agricultural Services',
  'Nông lâm nghiệp': 'Agro-Forestry',
  'Chè Shan tuyết': 'Shan Tuyết Tea',
  'Miến dong': 'Arrowroot Vermicelli',
  'Dược liệu': 'Herbal',
  'Thổ cẩm': 'Brocade',
  'Dệt thổ cẩm': 'Brocade Weaving',
  'Chăn nuôi': 'Livestock',
  'Cây ăn quả': 'Fruit',
  'Hoa lan': 'Orchid',
  'Sinh vật cảnh': 'Ornamental Plants',
  'Mây tre đan': 'Rattan and Bamboo',
  'Du lịch cộng đồng': 'Community Tourism',
  'Thực phẩm': 'Food',
  Nấm: 'Mushroom',
  'Ong mật': 'Beekeeping',
} as const;

export type Label = keyof typeof labels;

const typeWords: Record<ProducerType, { vi: string; en: (rest: string) => string }> = {
  'hop-tac-xa': { vi: 'Hợp tác xã', en: (rest) => `${rest} Cooperative` },
  'to-hop-tac': { vi: 'Tổ hợp tác', en: (rest) => `${rest} Cooperative Group` },
  'ho-kinh-doanh': { vi: 'Hộ kinh doanh', en: (rest) => `${rest} Household Business` },
  'doanh-nghiep': { vi: 'Công ty TNHH', en: (rest) => `${rest} Co., Ltd.` },
};

export function producerName(type: ProducerType, label: Label, brand: string): Text {
  const words = typeWords[type];
  const en = labels[label];
  return {
    vi: [words.vi, label, brand].filter(Boolean).join(' '),
    en: words.en([brand, en].filter(Boolean).join(' ')),
  };
}

export function productSlug(viName: string): string {
  const slug = slugify(viName);
  // Listing segments sit beside product slugs under /san-pham/ (nhom, sao, huyen, trang, …).
  if (reservedProductSlugs.has(slug)) throw new Error(`product slug "${slug}" is a reserved word`);
  return slug;
}

export const fill = (template: Text, brand: string): Text => ({
  vi: template.vi.replace('{b}', brand).trim(),
  en: template.en.replace('{b}', brand).trim(),
});

/** A short mailbox from a slug: "htx-tai-hoan" → "htx.taihoan", "cong-ty-tnhh-ha-diep" → "lienhe.hadiep". */
export function mailbox(slug: string): string {
  const abbreviated = /^(htx|tht|hkd)-(.+)$/.exec(slug);
  if (abbreviated) return `${abbreviated[1]}.${(abbreviated[2] ?? '').replaceAll('-', '')}`;
  return `lienhe.${companyDomain(slug).replaceAll('-', '')}`;
}

/** "cong-ty-curcumin-bac-ha" → "curcumin-bac-ha", for an illustrative website on example.vn. */
export const companyDomain = (slug: string) => slug.replace(/^cong-ty-(tnhh-)?/, '');
