export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/** BCP 47 tags for lang, hreflang and og:locale. */
export const htmlLang: Record<Locale, string> = { vi: 'vi', en: 'en' };
export const ogLocale: Record<Locale, string> = { vi: 'vi_VN', en: 'en_GB' };

export const isLocale = (value: unknown): value is Locale => value === 'vi' || value === 'en';

export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');
