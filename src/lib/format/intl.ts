import type { Locale } from '../i18n/locales.ts';

/** Intl locale per site language: Vietnamese conventions (60.000 ₫, 30/6/2021) and British English. */
export const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
