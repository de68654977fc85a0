/** The reminder mail (src/lib/i18n/reminder-mail.ts): in Vietnamese, what ends when, what to do, whom to ask. */
import { expect, test } from 'vitest';
import { reminderMail } from '../../src/lib/i18n/reminder-mail.ts';

const facts = {
  product: 'Miến dong Na Rì',
  producer: 'HTX Tài Hoan',
  stars: 4,
  decision: '1234/QĐ-UBND',
  expiresOn: '2027-03-01',
  productUrl: 'https://ocop.test/san-pham/mien-dong-na-ri/',
  officeEmail: 'ocop@backan.example' as string | undefined,
};

test('before the expiry: the day it ends, the re-evaluation and its documents, the office, the page', () => {
  const { subject, body } = reminderMail({ ...facts, milestone: '30-days' });
  expect(subject).toBe('Chứng nhận OCOP của "Miến dong Na Rì" còn 30 ngày · OCOP Bắc Kạn');
  expect(body).toContain('Kính gửi HTX Tài Hoan,');
  expect(body).toContain(
    'Giấy chứng nhận OCOP 4 sao của sản phẩm "Miến dong Na Rì" (quyết định 1234/QĐ-UBND) sẽ hết hiệu lực ngày 1/3/2027 (còn 30 ngày).',
  );
  expect(body).toContain('đăng ký đánh giá, phân hạng lại sản phẩm OCOP');
  expect(body).toContain('- Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP;');
  expect(body).toContain('Văn phòng Điều phối Chương trình OCOP tỉnh, email ocop@backan.example.');
  expect(body).toContain('Trang sản phẩm: https://ocop.test/san-pham/mien-dong-na-ri/');
});

test('on (or after) the expiry day it says since when, and names the office without an address when none is set', () => {
  const { subject, body } = reminderMail({ ...facts, milestone: 'expiry', officeEmail: undefined });
  expect(subject).toContain('đã hết hiệu lực');
  expect(body).toContain('đã hết hiệu lực từ ngày 1/3/2027.');
  expect(body).toContain(
    'Liên hệ để được hướng dẫn và nộp hồ sơ: Văn phòng Điều phối Chương trình OCOP tỉnh.',
  );
});
