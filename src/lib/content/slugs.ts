/** The catalogue's slug rules, shared by the sample data, the benchmarks and the importer. */
import { reservedProductSlugs } from '../paths.ts';
import { slugify } from '../text/slugify.ts';

/** "Hợp tác xã Tài Hoan" → "htx-tai-hoan": the abbreviations people use in speech and URLs. */
export function producerSlug(viName: string): string {
  return slugify(viName)
    .replace(/^hop-tac-xa-/, 'htx-')
    .replace(/^to-hop-tac-/, 'tht-')
    .replace(/^ho-kinh-doanh-/, 'hkd-');
}

/**
 * A slug not yet taken: the plain one, then -2, -3, … Product slugs also avoid the listing
 * segments that sit beside them under /san-pham/ (nhom, sao, huyen, trang, …).
 */
export function uniqueSlug(
  base: string,
  taken: (slug: string) => boolean,
  kind: 'product' | 'producer',
): string {
  const free = (slug: string) => !taken(slug) && !(kind === 'product' && reservedProductSlugs.has(slug));
  let slug = base;
  for (let n = 2; !free(slug); n++) slug = `${base}-${n}`;
  return slug;
}
