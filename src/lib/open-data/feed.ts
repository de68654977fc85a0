/**
 * chung-nhan.atom: the registry's certificate changes up to the day it is read, newest first, as
 * an Atom feed (RFC 4287) that newsrooms and other portals can follow. A change is a decision
 * (new, reissued, upgraded, downgraded: the certificate's kind), a revocation, or an expiry that
 * no later certificate covered in time.
 */
import type { CertificateKind } from '../content/schemas/certificate.ts';
import type { ServerCatalogue, ServerCertificate, ServerProduct } from '../content/server-catalogue.ts';
import { formatDate } from '../format/date.ts';
import { issuingBody } from '../format/issuer.ts';
import { escapeXml as xml } from '../format/xml.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import { absoluteUrl, paths } from '../paths.ts';
import { CREATOR, LICENSE } from './dataset.ts';

/** A decision's kind, or what befell a certificate later. */
export type ChangeKind = CertificateKind | 'expired' | 'revoked';

export interface CertificateChange {
  product: ServerProduct;
  kind: ChangeKind;
  /** The day it took effect (ISO). */
  day: string;
  certificate: ServerCertificate;
}

/** The feed keeps the newest changes only: a reader polls it, the JSON files hold the whole registry. */
export const FEED_ENTRIES = 200;

function changesOf(product: ServerProduct, today: string): CertificateChange[] {
  const changes: CertificateChange[] = [];
  product.certificates.forEach((certificate, i) => {
    const add = (kind: ChangeKind, day: string) => {
      if (day <= today) changes.push({ product, kind, day, certificate });
    };
    add(certificate.kind, certificate.decisionDate);
    const { revoked, expiresOn } = certificate;
    if (revoked) add('revoked', revoked.date);
    const next = product.certificates[i + 1];
    // Lapsed: it ran out before anything replaced it, and was not revoked first.
    const lapsed = (!next || next.decisionDate > expiresOn) && !(revoked && revoked.date <= expiresOn);
    if (lapsed) add('expired', expiresOn);
  });
  return changes;
}

/** Every change up to `today`, newest first (then by product, for a stable order). */
export function certificateChanges(catalogue: ServerCatalogue, today: string): CertificateChange[] {
  return catalogue.products
    .flatMap((product) => changesOf(product, today))
    .sort((a, b) => b.day.localeCompare(a.day) || a.product.slug.localeCompare(b.product.slug));
}

const summaries: Record<Locale, Record<ChangeKind, (stars: number) => string>> = {
  vi: {
    new: (stars) => `được công nhận OCOP ${stars} sao`,
    reissued: (stars) => `được cấp lại chứng nhận OCOP ${stars} sao`,
    upgraded: (stars) => `được nâng hạng lên OCOP ${stars} sao`,
    downgraded: (stars) => `bị hạ xuống OCOP ${stars} sao`,
    expired: (stars) => `chứng nhận OCOP ${stars} sao hết hiệu lực`,
    revoked: (stars) => `bị thu hồi chứng nhận OCOP ${stars} sao`,
  },
  en: {
    new: (stars) => `certified as a ${stars}-star OCOP product`,
    reissued: (stars) => `renewed as a ${stars}-star OCOP product`,
    upgraded: (stars) => `upgraded to ${stars} OCOP stars`,
    downgraded: (stars) => `downgraded to ${stars} OCOP stars`,
    expired: (stars) => `${stars}-star OCOP certificate expired`,
    revoked: (stars) => `${stars}-star OCOP certificate revoked`,
  },
};

/** "Miến dong Tài Hoan: được nâng hạng lên OCOP 4 sao" / "Tài Hoan arrowroot noodles: upgraded to 4 OCOP stars". */
export const changeTitle = (change: CertificateChange, locale: Locale): string =>
  `${pickText(change.product.name, locale)}: ${summaries[locale][change.kind](change.certificate.stars)}`;

function changeDetail(change: CertificateChange, locale: Locale): string {
  const { certificate: c, kind, day } = change;
  const date = formatDate(day, locale);
  if (kind === 'revoked')
    return locale === 'vi'
      ? `Quyết định ${c.revoked?.decision}, từ ${date}.`
      : `Decision ${c.revoked?.decision}, from ${date}.`;
  if (kind === 'expired')
    return locale === 'vi'
      ? `Chứng nhận theo Quyết định ${c.decision} hết hạn từ ${date}.`
      : `The certificate of decision ${c.decision} expired on ${date}.`;
  return locale === 'vi'
    ? `Quyết định ${c.decision} ngày ${date} của ${c.issuedBy}; ${c.score} điểm; hiệu lực đến ${formatDate(c.expiresOn, 'vi')}.`
    : `Decision ${c.decision} of ${date} by ${pickText(issuingBody(c.issuedBy), 'en')}; score ${c.score}; valid until ${formatDate(c.expiresOn, 'en')}.`;
}

/** Midnight in Vietnam on that day: Atom wants a full date-time. */
const vietnamMidnight = (day: string) => `${day}T00:00:00+07:00`;

const pageLinks = (vi: string, en: string, site: string) =>
  [
    `<link rel="alternate" type="text/html" hreflang="vi" href="${xml(absoluteUrl(vi, site))}"/>`,
    `<link rel="alternate" type="text/html" hreflang="en" href="${xml(absoluteUrl(en, site))}"/>`,
  ].join('');

function entry(change: CertificateChange, site: string): string {
  const { product, kind, day } = change;
  const vi = paths.product('vi', product.slug);
  const paragraph = (locale: Locale) =>
    `<p xml:lang="${locale}">${xml(changeTitle(change, locale))}. ${xml(changeDetail(change, locale))}</p>`;
  return [
    '<entry>',
    // Stable for as long as the product and the decision are: a reader sees each change once.
    `<id>${xml(absoluteUrl(vi, site))}#chung-nhan-${day}-${kind}</id>`,
    `<title>${xml(changeTitle(change, 'vi'))}</title>`,
    `<updated>${vietnamMidnight(day)}</updated>`,
    `<published>${vietnamMidnight(day)}</published>`,
    pageLinks(vi, paths.product('en', product.slug), site),
    `<category term="${kind}"/>`,
    `<summary>${xml(changeTitle(change, 'en'))}</summary>`,
    `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${paragraph('vi')}${paragraph('en')}</div></content>`,
    '</entry>',
  ].join('');
}

/** The feed as of `today`, with links to `site`; its last change (or the build's day) is its update time. */
export function certificateFeed(catalogue: ServerCatalogue, today: string, site: string): string {
  const changes = certificateChanges(catalogue, today).slice(0, FEED_ENTRIES);
  const self = absoluteUrl(paths.openDataFiles.certificateFeed, site);
  const updated = changes[0]?.day ?? catalogue.builtFor;
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `<id>${xml(self)}</id>`,
    `<title>Thay đổi chứng nhận OCOP Bắc Kạn · OCOP Bắc Kạn certificate changes</title>`,
    `<subtitle>Chứng nhận OCOP mới, cấp lại, nâng hạng, hạ hạng, hết hiệu lực, thu hồi · New, renewed, upgraded, downgraded, expired and revoked OCOP certificates</subtitle>`,
    `<updated>${vietnamMidnight(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    pageLinks(paths.openData('vi'), paths.openData('en'), site),
    `<link rel="license" href="${LICENSE.url}"/>`,
    `<author><name>${xml(CREATOR.vi)}</name><uri>${xml(absoluteUrl(paths.home('vi'), site))}</uri></author>`,
    `<rights>${LICENSE.name}: ${xml(CREATOR.vi)}</rights>`,
    ...changes.map((change) => entry(change, site)),
    '</feed>\n',
  ].join('');
}
