/** The certificates page as a spreadsheet (the same rows and filter), Vietnamese names as content holds them. */
import { vietnamDay } from '../calendar.ts';
import { CSV_BOM, csvRow } from '../format/csv.ts';
import type { CertificateRow } from './certificates.ts';

const header = [
  'product',
  'product_slug',
  'producer',
  'status',
  'status_date',
  'stars',
  'decision',
  'decision_date',
  'expires_on',
  'former_district',
  'group',
  'phone',
  'email',
  'zalo',
  'website',
  'contacts_confirmed_on',
  'reminders_sent',
];

export function certificatesCsv(rows: readonly CertificateRow[]): string {
  const lines = [CSV_BOM, csvRow(header)];
  for (const { product, producer, certificate, status, date, reminders } of rows) {
    const contacts = producer?.contacts ?? {};
    lines.push(
      csvRow([
        product.name.vi,
        product.slug,
        product.producer.name.vi,
        status,
        date,
        certificate.stars,
        certificate.decision,
        certificate.decisionDate,
        certificate.expiresOn,
        producer?.place.formerDistrict,
        product.group,
        contacts.phone,
        contacts.email,
        contacts.zalo,
        contacts.website,
        contacts.confirmedOn,
        reminders.map((r) => `${r.milestone} ${vietnamDay(new Date(r.sentAt))}`).join('; '),
      ]),
    );
  }
  return lines.join('');
}
