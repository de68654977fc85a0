import { intlLocale } from '../format/intl.ts';
import type { Locale } from '../i18n/locales.ts';

/** When an enquiry arrived, on Vietnam's clock whatever the server's time zone. */
export const formatReceived = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
