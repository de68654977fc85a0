import type { Locale } from '../i18n/locales.ts';

/**
 * English names of the Vietnamese counting units used in pack sizes and trade quantities
 * (singular, plural). Metric symbols (g, kg, t, ml, l) read the same in both languages; a unit
 * not listed here is shown as written.
 */
const english: Record<string, readonly [string, string]> = {
  cái: ['piece', 'pieces'],
  bộ: ['set', 'sets'],
  hộp: ['box', 'boxes'],
  chai: ['bottle', 'bottles'],
  gói: ['pack', 'packs'],
  lọ: ['jar', 'jars'],
  ống: ['tube', 'tubes'],
  thùng: ['carton', 'cartons'],
  bánh: ['cake', 'cakes'],
  chậu: ['pot', 'pots'],
  cây: ['plant', 'plants'],
  đêm: ['night', 'nights'],
  vé: ['ticket', 'tickets'],
  suất: ['serving', 'servings'],
  'lượt khách': ['visitor', 'visitors'],
  tấn: ['t', 't'],
};

export function unitLabel(unit: string, amount: number, locale: Locale): string {
  const names = locale === 'en' ? english[unit] : undefined;
  if (!names) return unit;
  return amount === 1 ? names[0] : names[1];
}
