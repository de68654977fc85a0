/**
 * chu-the.csv / chu-the.json: one row per OCOP producer with where it is, how to reach it, and its
 * products with how many of them hold a current certificate on the day the file is read.
 */
import { isCurrent } from '../content/certificate-status.ts';
import { producerTypes } from '../content/schemas/producer.ts';
import type { ServerProducer } from '../content/server-catalogue.ts';
import { absoluteUrl, paths } from '../paths.ts';
import { contactColumns, placeColumns } from './columns.ts';
import type { ProductRow } from './products.ts';
import type { Table } from './table.ts';

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
) {
  const byProducer = Map.groupBy(products, (row) => row.producer.slug);
  return producers.map(
    (producer): ProducerRow => ({ producer, products: byProducer.get(producer.slug) ?? [], site }),
  );
}

const current = (row: ProducerRow) => row.products.filter((p) => isCurrent(p.status));

export const producerTable: Table<ProducerRow> = {
  key: 'producers',
  columns: [
    {
      name: 'slug',
      type: 'string',
      description: {
        vi: 'Mã chủ thể trên trang, không đổi.',
        en: 'The producer’s identifier on the site; it does not change.',
      },
      value: (r) => r.producer.slug,
    },
    {
      name: 'name_vi',
      type: 'string',
      description: { vi: 'Tên chủ thể.', en: 'The producer’s name in Vietnamese.' },
      value: (r) => r.producer.name.vi,
    },
    {
      name: 'name_en',
      type: 'string',
      optional: true,
      description: {
        vi: 'Tên tiếng Anh; trống khi chưa dịch.',
        en: 'The producer’s name in English; empty until translated.',
      },
      value: (r) => r.producer.name.en ?? null,
    },
    {
      name: 'type',
      type: 'string',
      values: producerTypes,
      description: {
        vi: 'Loại chủ thể: hop-tac-xa (hợp tác xã), doanh-nghiep (doanh nghiệp), to-hop-tac (tổ hợp tác), ho-kinh-doanh (hộ kinh doanh).',
        en: 'Kind of producer: hop-tac-xa (cooperative), doanh-nghiep (company), to-hop-tac (cooperative group), ho-kinh-doanh (household business).',
      },
      value: (r) => r.producer.type,
    },
    {
      name: 'url_vi',
      type: 'url',
      description: { vi: 'Trang chủ thể (tiếng Việt).', en: 'The producer’s page in Vietnamese.' },
      value: (r) => absoluteUrl(paths.producer('vi', r.producer.slug), r.site),
    },
    {
      name: 'url_en',
      type: 'url',
      description: { vi: 'Trang chủ thể (tiếng Anh).', en: 'The producer’s page in English.' },
      value: (r) => absoluteUrl(paths.producer('en', r.producer.slug), r.site),
    },
    ...placeColumns<ProducerRow>((r) => r.producer.place),
    ...contactColumns<ProducerRow>((r) => r.producer.contacts),
    {
      name: 'products',
      type: 'list',
      description: {
        vi: 'Mã các sản phẩm OCOP của chủ thể (cột slug của san-pham.csv); trong CSV cách nhau bằng "; ".',
        en: 'Its OCOP products’ identifiers (the slug column of san-pham.csv); in the CSV separated by "; ".',
      },
      value: (r) => r.products.map((p) => p.product.slug),
    },
    {
      name: 'products_certified',
      type: 'integer',
      description: {
        vi: 'Số sản phẩm có chứng nhận còn hiệu lực (valid hoặc expiring) vào ngày tải tệp.',
        en: 'How many of its products hold a current certificate (valid or expiring) on the day of the download.',
      },
      value: (r) => current(r).length,
    },
    {
      name: 'highest_stars',
      type: 'integer',
      optional: true,
      description: {
        vi: 'Số sao cao nhất trong các chứng nhận còn hiệu lực; trống khi không còn chứng nhận nào.',
        en: 'The most stars among its current certificates; empty when none is current.',
      },
      value: (r) => {
        const stars = current(r).map((p) => p.certificate.stars);
        return stars.length > 0 ? Math.max(...stars) : null;
      },
    },
  ],
};
