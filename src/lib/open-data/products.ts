/**
 * san-pham.csv / san-pham.json: one row per product with its current certificate and its status
 * on the day the file is read (certificate-status.ts), its group, where it is made and how to
 * reach its producer.
 */
import {
  type CertificateStatus,
  certificateDates,
  certificateStatuses,
  isCurrent,
  statusDate,
  statusOn,
} from '../content/certificate-status.ts';
import { certificateKinds, criteriaVersions } from '../content/schemas/certificate.ts';
import type { LocalizedText } from '../content/schemas/localized.ts';
import type {
  ServerCatalogue,
  ServerCertificate,
  ServerGroup,
  ServerProducer,
  ServerProduct,
} from '../content/server-catalogue.ts';
import { issuingBody } from '../format/issuer.ts';
import { paths } from '../paths.ts';
import { contactColumns, nameColumns, pageColumns, placeColumns } from './columns.ts';
import { column, type Table } from './table.ts';

export interface ProductRow {
  product: ServerProduct;
  producer: ServerProducer;
  group: ServerGroup;
  subGroupName: LocalizedText;
  /** The current (latest) certificate. */
  certificate: ServerCertificate;
  status: CertificateStatus;
  /** The day the status is judged on. */
  today: string;
  site: string;
}

/** The current certificate: histories are oldest first (server-catalogue.ts). */
export const currentCertificate = (product: ServerProduct): ServerCertificate => {
  const last = product.certificates.at(-1);
  if (!last) throw new Error(`product ${product.slug} has no certificate`);
  return last;
};

/** Every product of the catalogue, in its order, with its status on `today`. */
export function productRows(catalogue: ServerCatalogue, today: string, site: string): ProductRow[] {
  const groups = new Map(catalogue.groups.map((g) => [g.id, g]));
  return catalogue.products.map((product) => {
    const producer = catalogue.producer(product.producer.slug);
    const group = groups.get(product.group);
    const subGroup = group?.subGroups.find((s) => s.code === product.subGroup);
    if (!producer || !group || !subGroup)
      throw new Error(`product ${product.slug}: its producer, group or sub-group is not in the catalogue`);
    const certificate = currentCertificate(product);
    const status = statusOn(certificateDates(certificate), today);
    return { product, producer, group, subGroupName: subGroup.name, certificate, status, today, site };
  });
}

const subject = { vi: 'sản phẩm', en: 'product' };

export const productTable: Table<ProductRow> = {
  key: 'products',
  columns: [
    column(
      'slug',
      'string',
      {
        vi: 'Mã sản phẩm trên trang, không đổi.',
        en: 'The product’s identifier on the site; it does not change.',
      },
      (r) => r.product.slug,
    ),
    ...nameColumns<ProductRow>(subject, (r) => r.product.name),
    ...pageColumns<ProductRow>(
      subject,
      (locale, r) => paths.product(locale, r.product.slug),
      (r) => r.site,
    ),
    column(
      'producer_slug',
      'string',
      {
        vi: 'Mã chủ thể; nối với cột slug của chu-the.csv.',
        en: 'The producer’s identifier: the slug column of chu-the.csv.',
      },
      (r) => r.producer.slug,
    ),
    column(
      'producer_name',
      'string',
      {
        vi: 'Tên chủ thể OCOP (hợp tác xã, doanh nghiệp, tổ hợp tác, hộ kinh doanh).',
        en: 'The OCOP producer (cooperative, company, cooperative group, household business), in Vietnamese.',
      },
      (r) => r.producer.name.vi,
    ),
    column(
      'group',
      'string',
      {
        vi: 'Mã nhóm sản phẩm theo QĐ 148/QĐ-TTg ("thuc-pham").',
        en: 'Product group under Decision 148/QĐ-TTg, as an identifier ("thuc-pham").',
      },
      (r) => r.group.id,
    ),
    column(
      'group_name_vi',
      'string',
      { vi: 'Tên nhóm sản phẩm.', en: 'Product group, in Vietnamese.' },
      (r) => r.group.name.vi,
    ),
    column(
      'group_name_en',
      'string',
      { vi: 'Tên nhóm sản phẩm (tiếng Anh).', en: 'Product group, in English.' },
      (r) => r.group.name.en,
      { optional: true },
    ),
    column(
      'sub_group',
      'string',
      {
        vi: 'Mã phân nhóm theo QĐ 148/QĐ-TTg ("I.2.b").',
        en: 'Sub-group code under Decision 148/QĐ-TTg ("I.2.b").',
      },
      (r) => r.product.subGroup,
    ),
    column(
      'sub_group_name_vi',
      'string',
      { vi: 'Tên phân nhóm.', en: 'Sub-group, in Vietnamese.' },
      (r) => r.subGroupName.vi,
    ),
    column(
      'sub_group_name_en',
      'string',
      { vi: 'Tên phân nhóm (tiếng Anh).', en: 'Sub-group, in English.' },
      (r) => r.subGroupName.en,
      { optional: true },
    ),
    column(
      'stars',
      'integer',
      {
        vi: 'Số sao OCOP hiện hành (3–5); trống khi chứng nhận đã hết hiệu lực hoặc bị thu hồi: khi đó sản phẩm không được dùng sao.',
        en: 'The OCOP rating the product holds now (3–5); empty when its certificate has expired or been revoked, since it may then no longer use its stars.',
      },
      (r) => (isCurrent(r.status) ? r.certificate.stars : null),
      { optional: true },
    ),
    column(
      'status',
      'string',
      {
        vi: 'Trạng thái chứng nhận vào ngày status_on: valid (còn hiệu lực), expiring (còn hiệu lực, hết hạn trong 90 ngày), expired (hết hiệu lực), revoked (đã thu hồi).',
        en: 'The certificate’s status on the day status_on: valid, expiring (still valid, ends within 90 days), expired, revoked.',
      },
      (r) => r.status,
      { values: certificateStatuses },
    ),
    column(
      'status_date',
      'date',
      {
        vi: 'Ngày của trạng thái: ngày hết hạn (expiring), hết hiệu lực từ (expired), thu hồi từ (revoked); trống khi valid.',
        en: 'The day the status refers to: when it ends (expiring), since when it has expired (expired) or been revoked (revoked); empty when valid.',
      },
      (r) => statusDate(certificateDates(r.certificate), r.status),
      { optional: true },
    ),
    column(
      'status_on',
      'date',
      {
        vi: 'Ngày (giờ Việt Nam) tính trạng thái: ngày tệp được tải về.',
        en: 'The day (Vietnam time) the status was computed on: the day the file was downloaded.',
      },
      (r) => r.today,
    ),
    column(
      'certificate_stars',
      'integer',
      { vi: 'Số sao ghi trong chứng nhận gần nhất.', en: 'The stars the latest certificate awarded.' },
      (r) => r.certificate.stars,
    ),
    column(
      'certificate_score',
      'number',
      { vi: 'Điểm đánh giá trên 100.', en: 'The grading score out of 100.' },
      (r) => r.certificate.score,
    ),
    column(
      'certificate_decision',
      'string',
      {
        vi: 'Số quyết định công nhận ("1520/QĐ-UBND").',
        en: 'The certifying decision’s number ("1520/QĐ-UBND").',
      },
      (r) => r.certificate.decision,
    ),
    column(
      'certificate_date',
      'date',
      { vi: 'Ngày quyết định.', en: 'The decision’s date.' },
      (r) => r.certificate.decisionDate,
    ),
    column(
      'certificate_issuer',
      'string',
      {
        vi: 'Cơ quan ra quyết định, như quyết định ghi.',
        en: 'The body that issued the decision, as the decision names it.',
      },
      (r) => r.certificate.issuedBy,
    ),
    column(
      'certificate_issuer_en',
      'string',
      {
        vi: 'Tên tiếng Anh của cơ quan ra quyết định, khi đã biết.',
        en: 'The issuing body in English, when known.',
      },
      (r) => issuingBody(r.certificate.issuedBy).en,
      { optional: true },
    ),
    column(
      'certificate_criteria',
      'string',
      {
        vi: 'Bộ tiêu chí: QD1048 (QĐ 1048/QĐ-TTg, 2019) hoặc QD148 (QĐ 148/QĐ-TTg, từ 24/2/2023).',
        en: 'Criteria set: QD1048 (Decision 1048/QĐ-TTg, 2019) or QD148 (Decision 148/QĐ-TTg, from 24 February 2023).',
      },
      (r) => r.certificate.criteria,
      { values: criteriaVersions },
    ),
    column(
      'certificate_kind',
      'string',
      {
        vi: 'Loại chứng nhận: new (cấp mới), reissued (cấp lại, cùng số sao), upgraded (nâng hạng), downgraded (hạ hạng).',
        en: 'Kind: new, reissued (renewed or re-rated with the same stars), upgraded, downgraded.',
      },
      (r) => r.certificate.kind,
      { values: certificateKinds },
    ),
    column(
      'certificate_expires_on',
      'date',
      {
        vi: 'Ngày hết hạn: theo quyết định, hoặc 36 tháng sau ngày quyết định.',
        en: 'The day it ends: as the decision says, or 36 months after the decision.',
      },
      (r) => r.certificate.expiresOn,
    ),
    column(
      'certificate_revoked_on',
      'date',
      { vi: 'Ngày thu hồi, nếu có.', en: 'The day it was revoked, if it was.' },
      (r) => r.certificate.revoked?.date,
      { optional: true },
    ),
    column(
      'certificate_revocation_decision',
      'string',
      { vi: 'Số quyết định thu hồi, nếu có.', en: 'The revoking decision’s number, if any.' },
      (r) => r.certificate.revoked?.decision,
      { optional: true },
    ),
    column(
      'first_certified_on',
      'date',
      { vi: 'Ngày của chứng nhận OCOP đầu tiên.', en: 'The date of the product’s first OCOP certificate.' },
      (r) => r.product.certificates[0]?.decisionDate,
    ),
    ...placeColumns<ProductRow>((r) => r.producer.place),
    ...contactColumns<ProductRow>((r) => r.producer.contacts),
  ],
};
