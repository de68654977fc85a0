import type { MessageAuthor } from '../enquiries/conversation.ts';
import type { Locale } from './locales.ts';

/**
 * The inbox's side of what follows an enquiry: the conversation and the reply form, when the
 * producer read and answered, the escalated enquiries on the admin home, and the response figures
 * page for staff. In the language the browser asks for, like the rest of the inbox.
 */
const vi = {
  conversation: 'Trao đổi với người mua',
  authors: {
    buyer: 'Người mua',
    producer: 'Chủ thể sản xuất',
    staff: 'Văn phòng OCOP',
  } satisfies Record<MessageAuthor, string>,
  noMessage: 'Người mua không viết thêm nội dung.',
  reply: 'Trả lời người mua',
  replyHint:
    'Người mua nhận trả lời qua email (nếu có) và trên trang theo dõi yêu cầu của họ. Chỉ gửi nội dung văn bản.',
  send: 'Gửi trả lời',
  replied: 'Đã gửi trả lời tới người mua.',
  replyClosed: 'Yêu cầu đã đóng nên không gửi được trả lời. Đổi trạng thái nếu cần trao đổi tiếp.',
  readAt: 'Chủ thể đọc lúc',
  answeredAt: 'Trả lời đầu tiên lúc',
  notYet: 'chưa',
  escalated: {
    title: 'Yêu cầu chưa được trả lời sau 5 ngày làm việc',
    intro: 'Hãy gọi điện cho chủ thể sản xuất để nhắc trả lời người mua.',
    received: 'Nhận lúc',
    phone: 'Điện thoại',
    noPhone: 'không có số điện thoại',
  },
  figures: {
    nav: 'Thời gian trả lời',
    title: 'Thời gian trả lời của các chủ thể',
    intro:
      'Tính từ các yêu cầu nhận trong 180 ngày qua và đã quá 2 ngày làm việc; chủ thể có dưới 5 yêu cầu như vậy chưa có số liệu.',
    producer: 'Chủ thể',
    enquiries: 'Số yêu cầu',
    inTime: 'Trả lời trong 2 ngày làm việc',
    median: 'Thời gian trả lời (trung vị)',
  },
};

type FollowUpStrings = typeof vi;

const en: FollowUpStrings = {
  conversation: 'Conversation with the buyer',
  authors: {
    buyer: 'Buyer',
    producer: 'Producer',
    staff: 'OCOP office',
  },
  noMessage: 'The buyer wrote no message.',
  reply: 'Reply to the buyer',
  replyHint: 'The buyer receives the reply by email (if given) and on their tracking page. Text only.',
  send: 'Send reply',
  replied: 'Reply sent to the buyer.',
  replyClosed: 'This enquiry is closed, so the reply was not sent. Change its status to write again.',
  readAt: 'Read by the producer',
  answeredAt: 'First answered',
  notYet: 'not yet',
  escalated: {
    title: 'Enquiries unanswered after 5 working days',
    intro: 'Call the producer to remind them to answer the buyer.',
    received: 'Received',
    phone: 'Phone',
    noPhone: 'no phone number',
  },
  figures: {
    nav: 'Response times',
    title: 'Producers’ response times',
    intro:
      'From the enquiries received in the last 180 days that are more than 2 working days old; producers with fewer than 5 such enquiries have no figures yet.',
    producer: 'Producer',
    enquiries: 'Enquiries',
    inTime: 'Answered within 2 working days',
    median: 'Time to answer (median)',
  },
};

export const followUpText: Record<Locale, FollowUpStrings> = { vi, en };
