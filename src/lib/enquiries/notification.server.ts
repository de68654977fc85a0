import { enquiryText } from '../i18n/enquiries.ts';
import { confirmationText } from '../i18n/enquiry-mail.ts';
import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import { trackingText } from '../i18n/tracking.ts';
import type { EnquiryCatalogue } from './catalogue-lookup.ts';
import { formatReceived } from './inbox-format.ts';
import { answerWithinWorkingDays } from './policy.ts';
import type { NewEnquiry, NewMail, StoredEnquiry } from './records.ts';

/**
 * The mails a producer receives, in Vietnamese: a new enquiry, the buyer's replies, and the
 * reminder when an enquiry waits too long; and the buyer's confirmation. Plain text only:
 * everything the buyer typed is quoted as text in the body, never as markup or in a header.
 */

const vnd = new Intl.NumberFormat('vi-VN');

const productNames = (enquiry: { lines: { product: string }[] }, catalogue: EnquiryCatalogue) =>
  enquiry.lines.map((l) => catalogue.product(l.product)?.name.vi ?? l.product).join(', ');

/** A new enquiry. */
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

/** The buyer wrote back on the tracking page. */
export function buyerReplyMail(
  enquiry: StoredEnquiry,
  catalogue: EnquiryCatalogue,
  reply: string,
  recipient: string,
  inboxUrl: string,
): NewMail {
  return {
    enquiryId: enquiry.id,
    recipient,
    ...(enquiry.email ? { replyTo: enquiry.email } : {}),
    subject: `Người mua trả lời yêu cầu ${enquiry.id}`,
    body: [
      `${enquiry.name} trả lời trong yêu cầu ${enquiry.id} (${productNames(enquiry, catalogue)}):`,
      '',
      reply,
      '',
      `Xem cả cuộc trao đổi và trả lời trong hộp thư yêu cầu: ${inboxUrl}`,
    ].join('\n'),
  };
}

/** Sent to each of the producer's accounts when an enquiry is unanswered after some working days. */
export function reminderMail(
  enquiry: StoredEnquiry,
  catalogue: EnquiryCatalogue,
  workingDays: number,
  recipient: string,
  inboxUrl: string,
): NewMail {
  return {
    enquiryId: enquiry.id,
    recipient,
    subject: `Nhắc: yêu cầu ${enquiry.id} chưa được trả lời`,
    body: [
      `Yêu cầu ${enquiry.id} nhận lúc ${formatReceived(enquiry.createdAt, 'vi')} về ${productNames(enquiry, catalogue)} chưa được trả lời sau ${workingDays} ngày làm việc.`,
      'Người mua đang chờ. Một câu trả lời ngắn (còn hàng, giá, thời gian giao) cũng giúp họ quyết định.',
      '',
      `Trả lời trong hộp thư yêu cầu: ${inboxUrl}`,
    ].join('\n'),
  };
}

/**
 * The buyer's confirmation, in the buyer's language: each reference with the producer it went
 * to and that producer's page, what happens next, and the link to the buyer's tracking page.
 * Nothing the buyer typed is in it, so the form cannot be used to send someone else a message
 * from the site.
 */
export function confirmationMail(
  enquiries: NewEnquiry[],
  catalogue: EnquiryCatalogue,
  locale: Locale,
  producerUrl: (slug: string) => string,
  trackingUrl: string,
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
    trackingText[locale].mailLink,
    trackingUrl,
    '',
    trackingText[locale].doNotReply,
  ].join('\n');
  return { enquiryId: enquiries[0]?.id ?? '', subject: text.subject(enquiries.map((e) => e.id)), body };
}
