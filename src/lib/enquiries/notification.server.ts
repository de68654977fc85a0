import type { EnquiryCatalogue } from './catalogue-lookup.ts';
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
    `Xem và cập nhật trạng thái trong hộp thư yêu cầu: ${inboxUrl}`,
  ].join('\n');
  const first = enquiry.lines[0];
  const subject = `Yêu cầu mới ${enquiry.id}: ${first ? productName(first.product) : ''}${enquiry.lines.length > 1 ? ` và ${enquiry.lines.length - 1} sản phẩm khác` : ''}`;
  return { enquiryId: enquiry.id, ...(enquiry.email ? { replyTo: enquiry.email } : {}), subject, body };
}
