import { enquiryText } from '../i18n/enquiries.ts';
import { confirmationText } from '../i18n/enquiry-mail.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import type { EnquiryCatalogue } from './catalogue-lookup.ts';
import { answerWithinWorkingDays } from './policy.ts';
import type { NewEnquiry, NewMail } from './records.ts';

const vnd = new Intl.NumberFormat('vi-VN');

/**
 * The mail a producer receives for a new enquiry, in Vietnamese. Plain text only: everything
 * the buyer typed is quoted as text, never as markup.
 */
export function enquiryMail(
  enquiry: NewEnquiry,
  catalogue: EnquiryCatalogue,
  inboxUrl: string,
): Omit<NewMail, 'recipient'> {
  const productName = (slug: string) => catalogue.product(slug)?.name.vi ?? slug;
  const lines = enquiry.lines.map((l) => {
    const parts = [`- ${productName(l.product)}`];
    if (l.quantity !== undefined) parts.push(`số lượng ${vnd.format(l.quantity)} ${l.unit ?? ''}`.trimEnd());
    if (l.sample) parts.push('muốn nhận mẫu');
    if (l.targetPrice !== undefined)
      parts.push(`giá mong muốn ${vnd.format(l.targetPrice)} đ/${l.unit ?? ''}`);
    if (l.deliveryFrom || l.deliveryTo)
      parts.push(`giao hàng ${l.deliveryFrom ?? '…'} – ${l.deliveryTo ?? '…'}`);
    return parts.join('; ');
  });
  const field = (label: string, value: string | undefined) => (value ? [`${label}: ${value}`] : []);
  const body = [
    `Có yêu cầu mới (mã ${enquiry.id}) qua trang OCOP Bắc Kạn.`,
    '',
    'Sản phẩm:',
    ...lines,
    '',
    ...field('Người gửi', enquiry.name),
    ...field('Đơn vị', enquiry.organization),
    ...field('Email', enquiry.email),
    ...field('Điện thoại', enquiry.phone),
    ...field('Số lượng', enquiry.quantity),
    ...(enquiry.locale === 'en' ? ['Người gửi viết bằng tiếng Anh (the buyer wrote in English).'] : []),
    ...(enquiry.message ? ['', 'Nội dung:', enquiry.message] : []),
    '',
    `Người mua được báo rằng bạn sẽ trả lời trong ${answerWithinWorkingDays} ngày làm việc: vui lòng liên hệ lại với họ trong thời gian đó.`,
    `Xem và cập nhật trạng thái trong hộp thư yêu cầu: ${inboxUrl}`,
  ].join('\n');
  const first = enquiry.lines[0];
  const subject = `Yêu cầu mới ${enquiry.id}: ${first ? productName(first.product) : ''}${enquiry.lines.length > 1 ? ` và ${enquiry.lines.length - 1} sản phẩm khác` : ''}`;
  return { enquiryId: enquiry.id, ...(enquiry.email ? { replyTo: enquiry.email } : {}), subject, body };
}

/**
 * The buyer's confirmation, in the buyer's language: each reference with the producer it went
 * to and that producer's page, and what happens next. Nothing the buyer typed is in it, so the
 * form cannot be used to send someone else a message from the site.
 */
export function confirmationMail(
  enquiries: NewEnquiry[],
  catalogue: EnquiryCatalogue,
  locale: Locale,
  producerUrl: (slug: string) => string,
): Omit<NewMail, 'recipient'> {
  const text = confirmationText[locale];
  const lines = enquiries.flatMap((e) => {
    const products = e.lines.map((l) => catalogue.product(l.product));
    const producer = products[0]?.producer;
    const names = products.flatMap((p) => (p ? [pickText(p.name, locale)] : []));
    return [
      `- ${e.id}: ${producer ? pickText(producer.name, locale) : e.producer} (${names.join(', ')})`,
      `  ${producerUrl(e.producer)}`,
    ];
  });
  const body = [
    text.intro,
    '',
    text.references,
    ...lines,
    '',
    enquiryText[locale].nextSteps(answerWithinWorkingDays),
    '',
    text.automatic,
  ].join('\n');
  return { enquiryId: enquiries[0]?.id ?? '', subject: text.subject(enquiries.map((e) => e.id)), body };
}
