import type { ProductData } from '../content/catalogue.ts';

type Measured = { amount: number; unit: string };

/** Grams or millilitres per unit: packs are priced only against a measure of the same kind. */
const base: Record<string, { dimension: 'mass' | 'volume'; factor: number }> = {
  g: { dimension: 'mass', factor: 1 },
  kg: { dimension: 'mass', factor: 1000 },
  ml: { dimension: 'volume', factor: 1 },
  l: { dimension: 'volume', factor: 1000 },
};

// Shop prices end in whole thousands of đồng; below 10.000 ₫, in hundreds.
const roundVnd = (vnd: number) =>
  vnd >= 10_000 ? Math.round(vnd / 1000) * 1000 : Math.round(vnd / 100) * 100;

export interface PackPrice {
  pack: Measured;
  min: number;
  max: number;
}

/**
 * What each pack size costs, worked out from a price band given per kilogram, litre or another
 * measured amount (its `measure`): a 500 ml jar of honey priced per litre costs about half. Packs
 * the band already prices (the same amount) or that cannot be measured against it are left out.
 */
export function packPrices(price: ProductData['price'], packSizes: readonly Measured[]): PackPrice[] {
  const measure = price?.measure;
  const per = measure && base[measure.unit];
  if (!price || !measure || !per) return [];
  const measured = measure.amount * per.factor;
  return packSizes.flatMap((pack) => {
    const unit = base[pack.unit];
    if (!unit || unit.dimension !== per.dimension) return [];
    const ratio = (pack.amount * unit.factor) / measured;
    if (ratio === 1) return [];
    return [{ pack, min: roundVnd(price.min * ratio), max: roundVnd(price.max * ratio) }];
  });
}
