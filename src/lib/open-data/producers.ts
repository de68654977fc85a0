/**
 * chu-the.csv / chu-the.json: one row per OCOP producer with where it is, how to reach it, and its
 * products with how many of them hold a current certificate on the day the file is read.
 */
import { isCurrent } from '../content/certificate-status.ts';
import { producerTypes } from '../content/schemas/producer.ts';
import type { ServerProducer } from '../content/server-catalogue.ts';
import { paths } from '../paths.ts';
import { contactColumns, nameColumns, pageColumns, placeColumns } from './columns.ts';
import type { ProductRow } from './products.ts';
import { column, type Table } from './table.ts';

export interface ProducerRow {
  producer: ServerProducer;
  /** Its products' rows, with their statuses on the same day. */
  products: ProductRow[];
  site: string;
}

/** Every producer of the catalogue, in its order, with the rows of its products. */
export function producerRows(
  producers: readonly ServerProducer[],
  products: readonly ProductRow[],
  site: string,
): ProducerRow[] {
  const byProducer = Map.groupBy(products, (row) => row.producer.slug);
  return producers.map((producer) => ({ producer, products: byProducer.get(producer.slug) ?? [], site }));
}

const current = (row: ProducerRow) => row.products.filter((p) => isCurrent(p.status));
const subject = { vi: 'chủ thể', en: 'producer' };

export const producerTable: Table<ProducerRow> = {
  key: 'producers',
  columns: [
    column(
      'slug',
      'string',
      {
        vi: 'Mã chủ thể trên trang, không đổi.',
        en: 'The producer’s identifier on the site; it does not change.',
      },
      (r) => r.producer.slug,
    ),
    ...nameColumns<ProducerRow>(subject, (r) => r.producer.name),
    column(
      'type',
      'string',
      {
        vi: 'Loại chủ thể: hop-tac-xa (hợp tác xã), doanh-nghiep (doanh nghiệp), to-hop-tac (tổ hợp tác), ho-kinh-doanh (hộ kinh doanh).',
        en: 'Kind of producer: hop-tac-xa (cooperative), doanh-nghiep (company), to-hop-tac (cooperative group), ho-kinh-doanh (household business).',
      },
      (r) => r.producer.type,
      { values: producerTypes },
    ),
    ...pageColumns<ProducerRow>(
      subject,
      (locale, r) => paths.producer(locale, r.producer.slug),
      (r) => r.site,
    ),
    ...placeColumns<ProducerRow>((r) => r.producer.place),
    ...contactColumns<ProducerRow>((r) => r.producer.contacts),
    column(
      'products',
      'list',
      {
        vi: 'Mã các sản phẩm OCOP của chủ thể (cột slug của san-pham.csv); trong CSV cách nhau bằng "; ".',
        en: 'Its OCOP products’ identifiers (the slug column of san-pham.csv); in the CSV separated by "; ".',
      },
      (r) => r.products.map((p) => p.product.slug),
    ),
    column(
      'products_certified',
      'integer',
      {
        vi: 'Số sản phẩm có chứng nhận còn hiệu lực (valid hoặc expiring) vào ngày tải tệp.',
        en: 'How many of its products hold a current certificate (valid or expiring) on the day of the download.',
      },
      (r) => current(r).length,
    ),
    column(
      'highest_stars',
      'integer',
      {
        vi: 'Số sao cao nhất trong các chứng nhận còn hiệu lực; trống khi không còn chứng nhận nào.',
        en: 'The most stars among its current certificates; empty when none is current.',
      },
      (r) => {
        const stars = current(r).map((p) => p.certificate.stars);
        return stars.length > 0 ? Math.max(...stars) : null;
      },
      { optional: true },
    ),
  ],
};
