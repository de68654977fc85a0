import { z } from 'astro/zod';

/** The city and the seven former districts, in the order the province lists them. */
export const formerDistricts = [
  { slug: 'tp-bac-kan', name: 'TP Bắc Kạn' },
  { slug: 'pac-nam', name: 'Pác Nặm' },
  { slug: 'ba-be', name: 'Ba Bể' },
  { slug: 'ngan-son', name: 'Ngân Sơn' },
  { slug: 'bach-thong', name: 'Bạch Thông' },
  { slug: 'cho-don', name: 'Chợ Đồn' },
  { slug: 'cho-moi', name: 'Chợ Mới' },
  { slug: 'na-ri', name: 'Na Rì' },
] as const;

export type FormerDistrictSlug = (typeof formerDistricts)[number]['slug'];
export const formerDistrictSlugs = formerDistricts.map((d) => d.slug) as [
  FormerDistrictSlug,
  ...FormerDistrictSlug[],
];

/**
 * One former commune-level unit of tỉnh Bắc Kạn and the unit it became on 1/7/2025
 * (NQ 1683/NQ-UBTVQH15). File content/areas.json, generated from shared/domain/areas-2025.csv.
 */
export const areaSchema = z.strictObject({
  id: z.string(),
  formerDistrict: z.string(),
  formerDistrictSlug: z.enum(formerDistrictSlugs),
  formerKind: z.enum(['xã', 'phường', 'thị trấn']),
  formerUnit: z.string(),
  newKind: z.enum(['xã', 'phường']),
  newUnit: z.string(),
  nq1683Item: z.int(),
});

export type Area = z.infer<typeof areaSchema>;
