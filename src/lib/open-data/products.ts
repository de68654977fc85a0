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
import { absoluteUrl, paths } from '../paths.ts';
import { contactColumns, placeColumns } from './columns.ts';
import type { Column, Table } from './table.ts';

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

const text = (
  name: string,
  description: Column<ProductRow>['description'],
  value: (row: ProductRow) => string | undefined,
  optional = false,
): Column<ProductRow> => ({
  name,
  type: 'string',
  ...(optional ? { optional } : {}),
  description,
  value: (row) => value(row) ?? null,
});

export const productTable: Table<ProductRow> = {
  key: 'products',
  columns: [
    text(
      'slug',
      {
        vi: 'Mã sản phẩm trên trang, không đổi.',
        en: 'The product’s identifier on the site; it does not change.',
      },
      (r) => r.product.slug,
    ),
    text('name_vi', { vi: 'Tên sản phẩm.', en: 'Product name in Vietnamese.' }, (r) => r.product.name.vi),
    text(
      'name_en',
      { vi: 'Tên tiếng Anh; trống khi chưa dịch.', en: 'Product name in English; empty until translated.' },
      (r) => r.product.name.en,
      true,
    ),
    {
      name: 'url_vi',
      type: 'url',
      description: { vi: 'Trang sản phẩm (tiếng Việt).', en: 'The product’s page in Vietnamese.' },
      value: (r) => absoluteUrl(paths.product('vi', r.product.slug), r.site),
    },
    {
      name: 'url_en',
      type: 'url',
      description: { vi: 'Trang sản phẩm (tiếng Anh).', en: 'The product’s page in English.' },
      value: (r) => absoluteUrl(paths.product('en', r.product.slug), r.site),
    },
    text(
      'producer_slug',
      {
        vi: 'Mã chủ thể; nối với cột slug của chu-the.csv.',
        en: 'The producer’s identifier: the slug column of chu-the.csv.',
      },
      (r) => r.producer.slug,
    ),
    text(
      'producer_name',
      {
        vi: 'Tên chủ thể OCOP (hợp tác xã, doanh nghiệp, tổ hợp tác, hộ kinh doanh).',
        en: 'The OCOP producer (cooperative, company, cooperative group, household business), in Vietnamese.',
      },
      (r) => r.producer.name.vi,
    ),
    text(
      'group',
      {
        vi: 'Mã nhóm sản phẩm theo QĐ 148/QĐ-TTg ("thuc-pham").',
        en: 'Product group under Decision 148/QĐ-TTg, as an identifier ("thuc-pham").',
      },
      (r) => r.group.id,
    ),
    text(
      'group_name_vi',
      { vi: 'Tên nhóm sản phẩm.', en: 'Product group, in Vietnamese.' },
      (r) => r.group.name.vi,
    ),
    text(
      'group_name_en',
      { vi: 'Tên nhóm sản phẩm (tiếng Anh).', en: 'Product group, in English.' },
      (r) => r.group.name.en,
      true,
    ),
    text(
      'sub_group',
      {
        vi: 'Mã phân nhóm theo QĐ 148/QĐ-TTg ("I.2.b").',
        en: 'Sub-group code under Decision 148/QĐ-TTg ("I.2.b").',
      },
      (r) => r.product.subGroup,
    ),
    text(
      'sub_group_name_vi',
      { vi: 'Tên phân nhóm.', en: 'Sub-group, in Vietnamese.' },
      (r) => r.subGroupName.vi,
    ),
    text(
      'sub_group_name_en',
      { vi: 'Tên phân nhóm (tiếng Anh).', en: 'Sub-group, in English.' },
      (r) => r.subGroupName.en,
      true,
    ),
    {
      name: 'stars',
      type: 'integer',
      optional: true,
      description: {
        vi: 'Số sao OCOP hiện hành (3–5); trống khi chứng nhận đã hết hiệu lực hoặc bị thu hồi: khi đó sản phẩm không được dùng sao.',
        en: 'The OCOP rating the product holds now (3–5); empty when its certificate has expired or been revoked, since it may then no longer use its stars.',
      },
      value: (r) => (isCurrent(r.status) ? r.certificate.stars : null),
    },
    {
      name: 'status',
      type: 'string',
      values: certificateStatuses,
      description: {
        vi: 'Trạng thái chứng nhận vào ngày status_on: valid (còn hiệu lực), expiring (còn hiệu lực, hết hạn trong 90 ngày), expired (hết hiệu lực), revoked (đã thu hồi).',
        en: 'The certificate’s status on the day status_on: valid, expiring (still valid, ends within 90 days), expired, revoked.',
      },
      value: (r) => r.status,
    },
    {
      name: 'status_date',
      type: 'date',
      optional: true,
      description: {
        vi: 'Ngày của trạng thái: ngày hết hạn (expiring), hết hiệu lực từ (expired), thu hồi từ (revoked); trống khi valid.',
        en: 'The day the status refers to: when it ends (expiring), since when it has expired (expired) or been revoked (revoked); empty when valid.',
      },
      value: (r) => statusDate(certificateDates(r.certificate), r.status) ?? null,
    },
    {
      name: 'status_on',
      type: 'date',
      description: {
        vi: 'Ngày (giờ Việt Nam) tính trạng thái: ngày tệp được tải về.',
        en: 'The day (Vietnam time) the status was computed on: the day the file was downloaded.',
      },
      value: (r) => r.today,
    },
    {
      name: 'certificate_stars',
      type: 'integer',
      description: {
        vi: 'Số sao ghi trong chứng nhận gần nhất.',
        en: 'The stars the latest certificate awarded.',
      },
      value: (r) => r.certificate.stars,
    },
    {
      name: 'certificate_score',
      type: 'number',
      description: { vi: 'Điểm đánh giá trên 100.', en: 'The grading score out of 100.' },
      value: (r) => r.certificate.score,
    },
    text(
      'certificate_decision',
      {
        vi: 'Số quyết định công nhận ("1520/QĐ-UBND").',
        en: 'The certifying decision’s number ("1520/QĐ-UBND").',
      },
      (r) => r.certificate.decision,
    ),
    {
      name: 'certificate_date',
      type: 'date',
      description: { vi: 'Ngày quyết định.', en: 'The decision’s date.' },
      value: (r) => r.certificate.decisionDate,
    },
    text(
      'certificate_issuer',
      {
        vi: 'Cơ quan ra quyết định, như quyết định ghi.',
        en: 'The body that issued the decision, as the decision names it.',
      },
      (r) => r.certificate.issuedBy,
    ),
    text(
      'certificate_issuer_en',
      {
        vi: 'Tên tiếng Anh của cơ quan ra quyết định, khi đã biết.',
        en: 'The issuing body in English, when known.',
      },
      (r) => issuingBody(r.certificate.issuedBy).en,
      true,
    ),
    {
      name: 'certificate_criteria',
      type: 'string',
      values: criteriaVersions,
      description: {
        vi: 'Bộ tiêu chí: QD1048 (QĐ 1048/QĐ-TTg, 2019) hoặc QD148 (QĐ 148/QĐ-TTg, từ 24/2/2023).',
        en: 'Criteria set: QD1048 (Decision 1048/QĐ-TTg, 2019) or QD148 (Decision 148/QĐ-TTg, from 24 February 2023).',
      },
      value: (r) => r.certificate.criteria,
    },
    {
      name: 'certificate_kind',
      type: 'string',
      values: certificateKinds,
      description: {
        vi: 'Loại chứng nhận: new (cấp mới), reissued (cấp lại, cùng số sao), upgraded (nâng hạng), downgraded (hạ hạng).',
        en: 'Kind: new, reissued (renewed or re-rated with the same stars), upgraded, downgraded.',
      },
      value: (r) => r.certificate.kind,
    },
    {
      name: 'certificate_expires_on',
      type: 'date',
      description: {
        vi: 'Ngày hết hạn: theo quyết định, hoặc 36 tháng sau ngày quyết định.',
        en: 'The day it ends: as the decision says, or 36 months after the decision.',
      },
      value: (r) => r.certificate.expiresOn,
    },
    {
      name: 'certificate_revoked_on',
      type: 'date',
      optional: true,
      description: { vi: 'Ngày thu hồi, nếu có.', en: 'The day it was revoked, if it was.' },
      value: (r) => r.certificate.revoked?.date ?? null,
    },
    text(
      'certificate_revocation_decision',
      { vi: 'Số quyết định thu hồi, nếu có.', en: 'The revoking decision’s number, if any.' },
      (r) => r.certificate.revoked?.decision,
      true,
    ),
    {
      name: 'first_certified_on',
      type: 'date',
      description: {
        vi: 'Ngày của chứng nhận OCOP đầu tiên.',
        en: 'The date of the product’s first OCOP certificate.',
      },
      value: (r) => r.product.certificates[0]?.decisionDate ?? r.certificate.decisionDate,
    },
    ...placeColumns<ProductRow>((r) => r.producer.place),
    ...contactColumns<ProductRow>((r) => r.producer.contacts),
  ],
};
