import { type CertificateDates, type CertificateStatus, statusDate } from '../content/certificate-status.ts';
import { catalogueText } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatDate } from './date.ts';

/** "Còn hiệu lực", or with its day when the certificate's dates are given: "Hết hiệu lực từ 18/12/2025". */
export function statusLabel(status: CertificateStatus, locale: Locale, dates?: CertificateDates): string {
  const text = catalogueText[locale];
  const day = dates && statusDate(dates, status);
  return status === 'valid' || !day ? text.status[status] : text.statusDated[status](formatDate(day, locale));
}
