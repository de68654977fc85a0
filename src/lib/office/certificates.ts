/**
 * The office's certificates page: products whose current certificate is expiring, expired or
 * revoked on the day asked, with the reminders already mailed, filtered by former district and
 * group and sorted by the day their status refers to. Pure: the page and its CSV share it.
 */
import {
  type CertificateStatus,
  certificateDates,
  statusDate,
  statusOn,
} from '../content/certificate-status.ts';
import type { SentReminder } from '../content/reminders.ts';
import { type FormerDistrictSlug, formerDistrictSlugs } from '../content/schemas/area.ts';
import type {
  ServerCatalogue,
  ServerCertificate,
  ServerProducer,
  ServerProduct,
} from '../content/server-catalogue.ts';

/** What the office follows up: a valid certificate needs nothing from it. */
export const listedStatuses = ['expiring', 'expired', 'revoked'] as const satisfies CertificateStatus[];
export type ListedStatus = (typeof listedStatuses)[number];

export const certificateOrders = ['date', '-date'] as const;
export type CertificateOrder = (typeof certificateOrders)[number];

export interface CertificatesFilter {
  status?: ListedStatus;
  district?: FormerDistrictSlug;
  group?: string;
  /** By the status's day: soonest (or longest lapsed) first, or the reverse. */
  order: CertificateOrder;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** The filter a query string asks for; a value that names nothing is left out (the form then shows "all"). */
export function parseCertificatesFilter(
  params: URLSearchParams,
  groups: readonly { id: string }[],
): CertificatesFilter {
  const status = oneOf(listedStatuses, params.get('status'));
  const district = oneOf(formerDistrictSlugs, params.get('district'));
  const group = oneOf(
    groups.map((g) => g.id),
    params.get('group'),
  );
  return {
    ...(status ? { status } : {}),
    ...(district ? { district } : {}),
    ...(group ? { group } : {}),
    order: oneOf(certificateOrders, params.get('order')) ?? 'date',
  };
}

/** The filter as a query string, for links that keep it (the CSV export). */
export function certificatesQuery(filter: CertificatesFilter): string {
  const params = new URLSearchParams(
    Object.entries(filter).filter(([key, value]) => value && !(key === 'order' && value === 'date')),
  );
  return params.size ? `?${params}` : '';
}

export interface CertificateRow {
  product: ServerProduct;
  producer: ServerProducer | undefined;
  certificate: ServerCertificate;
  status: ListedStatus;
  /** Until when (expiring), or since when (expired, revoked). */
  date: string;
  /** The reminders mailed about this certificate, oldest first. */
  reminders: SentReminder[];
}

export function certificateRows(
  catalogue: ServerCatalogue,
  today: string,
  sent: readonly SentReminder[],
  filter: CertificatesFilter,
): CertificateRow[] {
  const remindersOf = Map.groupBy(sent, (r) => `${r.product} ${r.expiresOn}`);
  const rows: CertificateRow[] = [];
  for (const product of catalogue.products) {
    const certificate = product.certificates.at(-1);
    if (!certificate || (filter.group && product.group !== filter.group)) continue;
    const producer = catalogue.producer(product.producer.slug);
    if (filter.district && producer?.place.formerDistrictSlug !== filter.district) continue;
    const dates = certificateDates(certificate);
    const status = statusOn(dates, today);
    if (status === 'valid' || (filter.status && status !== filter.status)) continue;
    rows.push({
      product,
      producer,
      certificate,
      status,
      date: statusDate(dates, status) ?? dates.expiresOn,
      reminders: remindersOf.get(`${product.slug} ${certificate.expiresOn}`) ?? [],
    });
  }
  const direction = filter.order === 'date' ? 1 : -1;
  return rows.sort(
    (a, b) => direction * a.date.localeCompare(b.date) || a.product.slug.localeCompare(b.product.slug),
  );
}
