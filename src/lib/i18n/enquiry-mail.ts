import type { Locale } from './locales.ts';

/**
 * The buyer's confirmation mail (server only; what happens next is enquiryText.nextSteps, as on
 * the page; the tracking link's lines are trackingText's, shared with the answer mails).
 */
const vi = {
  subject: (ids: string[]) => `Đã gửi yêu cầu ${ids.join(', ')} · OCOP Bắc Kạn`,
  intro: 'Cảm ơn bạn đã gửi yêu cầu qua trang OCOP Bắc Kạn.',
  references: 'Mã yêu cầu và chủ thể sản xuất nhận:',
};

const en: typeof vi = {
  subject: (ids) => `Enquiry ${ids.join(', ')} sent · OCOP Bắc Kạn`,
  intro: 'Thank you for your enquiry through the OCOP Bắc Kạn site.',
  references: 'References and the producers they went to:',
};

export const confirmationText: Record<Locale, typeof vi> = { vi, en };
