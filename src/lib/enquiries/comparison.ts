/**
 * The basket's side-by-side comparison: which facts it shows, in which order, and the shape of
 * the file the build writes per product (paths.compareFacts) for the browser to fetch. Words
 * only, already formatted on the server, so the basket carries no formatting code.
 */
import type { Locale } from '../i18n/locales.ts';

/** The rows, in the order a buyer weighs them. */
export const compareFactKeys = [
  'certificate',
  'expiresOn',
  'capacity',
  'minimumOrder',
  'leadTime',
  'samples',
  'packSizes',
  'price',
  'certifications',
  'exportMarkets',
  'hsCode',
] as const;
export type CompareFactKey = (typeof compareFactKeys)[number];

export type CompareFacts = Partial<Record<CompareFactKey, string>>;

/** One product's file: its facts in each language. */
export type CompareFactsFile = Record<Locale, CompareFacts>;
