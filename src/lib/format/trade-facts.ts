/**
 * The facts a trade buyer compares, each as one line of text in the page's language: the figures
 * of the product page's trade section, and the certificate, packs, price and certifications
 * beside them in the basket's comparison. One home, so every place words them alike.
 */
import type { ProductData, ProductView } from '../content/catalogue.ts';
import type { CompareFactKey, CompareFacts } from '../enquiries/comparison.ts';
import { catalogueText } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import { certificationName } from './certification.ts';
import { countryName } from './country.ts';
import { formatDate } from './date.ts';
import { formatQuantity } from './number.ts';
import { formatPriceRange } from './price.ts';

export const tradeFactKeys = [
  'capacity',
  'minimumOrder',
  'leadTime',
  'samples',
  'exportMarkets',
  'hsCode',
] as const;
export type TradeFactKey = (typeof tradeFactKeys)[number];

/** Capacity, minimum order, lead time, samples, export markets and HS code; a figure nobody gave is left out. */
export function tradeFacts(product: ProductData, locale: Locale): Partial<Record<TradeFactKey, string>> {
  const text = catalogueText[locale];
  const { trade } = product;
  // A product imported from a decision has no trade data yet.
  if (!trade) return product.hsCode ? { hsCode: product.hsCode } : {};
  return {
    ...(trade.capacityPerYear ? { capacity: formatQuantity(trade.capacityPerYear, locale) } : {}),
    ...(trade.minimumOrder ? { minimumOrder: formatQuantity(trade.minimumOrder, locale) } : {}),
    ...(trade.leadTimeDays ? { leadTime: text.days(trade.leadTimeDays) } : {}),
    samples: trade.samples ? text.samplesYes : text.samplesNo,
    exportMarkets:
      trade.exportMarkets.length > 0
        ? trade.exportMarkets.map((code) => countryName(code, locale)).join(', ')
        : text.noExport,
    ...(product.hsCode ? { hsCode: product.hsCode } : {}),
  };
}

export const packSizesText = (packSizes: ProductData['packSizes'], locale: Locale): string =>
  packSizes.map((p) => formatQuantity(p, locale)).join(', ');

/** "60.000 ₫ – 120.000 ₫ / kg", or "Liên hệ để biết giá". */
export function priceText(price: ProductData['price'], locale: Locale): string {
  if (!price) return catalogueText[locale].noPrice;
  return `${formatPriceRange(price.min, price.max, locale)} / ${pickText(price.per, locale)}`;
}

/** Every fact of the comparison that the product has. */
export function compareFacts(view: ProductView, locale: Locale): CompareFacts {
  const text = catalogueText[locale];
  const { product, certificate } = view;
  return {
    certificate: `${text.stars(certificate.stars)} · ${text.status[certificate.status]}`,
    expiresOn: formatDate(certificate.expiresOn, locale),
    ...tradeFacts(product, locale),
    ...(product.packSizes.length > 0 ? { packSizes: packSizesText(product.packSizes, locale) } : {}),
    price: priceText(product.price, locale),
    ...(view.certifications.length > 0
      ? { certifications: view.certifications.map((c) => certificationName(c, locale)).join(', ') }
      : {}),
  };
}

/** What each fact is called, in the page's language. */
export function factLabels(locale: Locale): Record<CompareFactKey, string> {
  const text = catalogueText[locale];
  return {
    certificate: text.certificate,
    expiresOn: text.expiresOn,
    capacity: text.capacity,
    minimumOrder: text.minimumOrder,
    leadTime: text.leadTime,
    samples: text.samples,
    exportMarkets: text.exportMarkets,
    hsCode: text.hsCode,
    packSizes: text.packSizes,
    price: text.price,
    certifications: text.certifications,
  };
}
