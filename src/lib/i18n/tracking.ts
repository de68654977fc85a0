import type { BuyerStatus, MessageAuthor } from '../enquiries/conversation.ts';
import type { Locale } from './locales.ts';

/**
 * The buyer's side after sending: the tracking page, its link on the thank-you page, and the
 * mails the buyer receives. Vietnamese is the model; the browser loads this module too (the
 * reply form), so it holds words only.
 */
const vi = {
  title: 'Theo dõi yêu cầu của bạn',
  intro:
    'Trang riêng của bạn: xem chủ thể sản xuất đã đọc, đã trả lời yêu cầu chưa, và trao đổi tiếp với họ. Ai có đường dẫn này đều xem được trang, đừng chia sẻ nó.',
  to: (producer: string) => `Gửi ${producer}`,
  reference: 'Mã yêu cầu',
  sentOn: 'Gửi lúc',
  products: 'Sản phẩm',
  status: 'Trạng thái',
  statuses: {
    received: 'Đã nhận, chủ thể chưa đọc',
    read: 'Chủ thể đã đọc',
    answered: 'Đã trả lời',
    closed: 'Đã đóng',
  } satisfies Record<BuyerStatus, string>,
  conversation: 'Trao đổi',
  authors: {
    buyer: 'Bạn',
    producer: 'Chủ thể sản xuất',
    staff: 'Văn phòng OCOP (thay mặt chủ thể)',
  } satisfies Record<MessageAuthor, string>,
  noMessage: 'Bạn không viết thêm nội dung.',
  reply: 'Trả lời',
  replyHint: 'Chủ thể sản xuất nhận trả lời của bạn qua hộp thư yêu cầu và email.',
  send: 'Gửi trả lời',
  sending: 'Đang gửi…',
  sent: 'Đã gửi trả lời.',
  closeTitle: 'Đóng yêu cầu',
  closeConfirm: 'Tôi không cần trả lời thêm cho yêu cầu này',
  close: 'Đóng yêu cầu',
  confirmToClose: 'Đánh dấu ô xác nhận để đóng yêu cầu.',
  closedNotice: 'Yêu cầu đã đóng. Muốn hỏi thêm, hãy gửi một yêu cầu mới.',
  closedNow: 'Đã đóng yêu cầu.',
  alreadyClosed: 'Yêu cầu này đã đóng nên không gửi được trả lời.',
  tooMany: (minutes: number) => `Quá nhiều lần thử. Vui lòng thử lại sau ${minutes} phút.`,
  // The thank-you page and the form's message after sending.
  trackLink: 'Theo dõi yêu cầu và xem trả lời tại trang riêng của bạn:',
  trackKeep: 'Hãy lưu đường dẫn này; đừng chia sẻ nó.',
  // Mails to the buyer (plain text).
  mailLink: 'Trang theo dõi yêu cầu (xem trả lời, trả lời lại, đóng yêu cầu; đừng chia sẻ đường dẫn này):',
  answerSubject: (producer: string, reference: string) => `${producer} đã trả lời yêu cầu ${reference}`,
  answerIntro: (producer: string, reference: string) => `${producer} trả lời yêu cầu ${reference} của bạn:`,
  doNotReply: 'Thư này được gửi tự động; hãy trả lời trên trang theo dõi.',
};

export type TrackingStrings = typeof vi;

const en: TrackingStrings = {
  title: 'Follow your enquiry',
  intro:
    'Your own page: see whether the producer has read and answered your enquiry, and write back. Anyone with this link can see the page: do not share it.',
  to: (producer: string) => `To ${producer}`,
  reference: 'Reference',
  sentOn: 'Sent',
  products: 'Products',
  status: 'Status',
  statuses: {
    received: 'Received, not yet read by the producer',
    read: 'Read by the producer',
    answered: 'Answered',
    closed: 'Closed',
  },
  conversation: 'Conversation',
  authors: {
    buyer: 'You',
    producer: 'Producer',
    staff: 'OCOP office (for the producer)',
  },
  noMessage: 'You wrote no message.',
  reply: 'Reply',
  replyHint: 'The producer receives your reply in its enquiry inbox and by email.',
  send: 'Send reply',
  sending: 'Sending…',
  sent: 'Reply sent.',
  closeTitle: 'Close the enquiry',
  closeConfirm: 'I need no further answer to this enquiry',
  close: 'Close enquiry',
  confirmToClose: 'Tick the box to confirm that the enquiry is to be closed.',
  closedNotice: 'This enquiry is closed. To ask again, send a new enquiry.',
  closedNow: 'Enquiry closed.',
  alreadyClosed: 'This enquiry is closed, so the reply could not be sent.',
  tooMany: (minutes: number) =>
    `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  trackLink: 'Follow your enquiry and read the answers on your own page:',
  trackKeep: 'Keep this link; do not share it.',
  mailLink: 'Your tracking page (read answers, reply, close the enquiry; do not share this link):',
  answerSubject: (producer: string, reference: string) => `${producer} answered your enquiry ${reference}`,
  answerIntro: (producer: string, reference: string) => `${producer} answered your enquiry ${reference}:`,
  doNotReply: 'This mail was sent automatically; please reply on your tracking page.',
};

export const trackingText: Record<Locale, TrackingStrings> = { vi, en };
