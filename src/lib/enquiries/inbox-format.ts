import { intlLocale } from '../format/intl.ts';
import type { Locale } from '../i18n/locales.ts';

// Built once: creating a DateTimeFormat costs more than formatting with it, and the tracking page
// and the inbox format a time for every message.
const receivedFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat(intlLocale.vi, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }),
  en: new Intl.DateTimeFormat(intlLocale.en, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }),
};

/** When an enquiry arrived, on Vietnam's clock whatever the server's time zone. */
export const formatReceived = (iso: string, locale: Locale): string =>
  receivedFormats[locale].format(new Date(iso));
