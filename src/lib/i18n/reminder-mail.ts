/**
 * The mail that reminds a producer (and the office) that an OCOP certificate ends: in Vietnamese,
 * the producers' language, with what to do and whom to ask. Server only (src/server/jobs/reminders.ts).
 */
import type { ReminderMilestone } from '../content/reminders.ts';
import { formatDate } from '../format/date.ts';

export interface ReminderMailFacts {
  milestone: ReminderMilestone;
  product: string;
  producer: string;
  stars: number;
  decision: string;
  expiresOn: string;
  /** The product's page on the public site. */
  productUrl: string;
  /** OCOP_OFFICE_EMAIL, when the office gave one. */
  officeEmail: string | undefined;
}

const when: Record<ReminderMilestone, (day: string) => string> = {
  '90-days': (day) => `sẽ hết hiệu lực ngày ${day} (còn khoảng 3 tháng)`,
  '30-days': (day) => `sẽ hết hiệu lực ngày ${day} (còn 30 ngày)`,
  expiry: (day) => `đã hết hiệu lực từ ngày ${day}`,
};

const subjects: Record<ReminderMilestone, string> = {
  '90-days': 'còn 90 ngày',
  '30-days': 'còn 30 ngày',
  expiry: 'đã hết hiệu lực',
};

export function reminderMail(facts: ReminderMailFacts): { subject: string; body: string } {
  const day = formatDate(facts.expiresOn, 'vi');
  const office = facts.officeEmail
    ? `Văn phòng Điều phối Chương trình OCOP tỉnh, email ${facts.officeEmail}`
    : 'Văn phòng Điều phối Chương trình OCOP tỉnh';
  const lines = [
    `Kính gửi ${facts.producer},`,
    '',
    `Giấy chứng nhận OCOP ${facts.stars} sao của sản phẩm "${facts.product}" (quyết định ${facts.decision}) ${when[facts.milestone](day)}.`,
    facts.milestone === 'expiry'
      ? 'Từ ngày này, sản phẩm không được dùng số sao và nhãn OCOP trên bao bì, và trang OCOP Bắc Kạn ghi sản phẩm là "Hết hiệu lực" cho đến khi có quyết định công nhận mới.'
      : 'Sau ngày này, sản phẩm không được dùng số sao và nhãn OCOP trên bao bì nếu chưa được đánh giá lại.',
    '',
    'Việc cần làm: đăng ký đánh giá, phân hạng lại sản phẩm OCOP. Hồ sơ thường gồm:',
    '- Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP;',
    '- Phương án sản xuất kinh doanh và giấy đăng ký kinh doanh của chủ thể;',
    '- Phiếu kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực và hồ sơ tự công bố chất lượng;',
    '- Nhãn, bao bì, câu chuyện sản phẩm đang dùng và các chứng nhận kèm theo (VietGAP, hữu cơ, chỉ dẫn địa lý…), nếu có.',
    '',
    `Liên hệ để được hướng dẫn và nộp hồ sơ: ${office}.`,
    '',
    `Trang sản phẩm: ${facts.productUrl}`,
    '',
    'Thư này được gửi tự động từ trang OCOP Bắc Kạn.',
  ];
  return {
    subject: `Chứng nhận OCOP của "${facts.product}" ${subjects[facts.milestone]} · OCOP Bắc Kạn`,
    body: lines.join('\n'),
  };
}
