import type { Locale } from './locales.ts';

/**
 * Strings of the lead form staff fill in at a fair's booth and of the fair report. Vietnamese is
 * the model; the browser loads this module too (the lead form's element), so it holds words only.
 */
const vi = {
  title: (fair: string) => `Ghi khách tại gian hàng: ${fair}`,
  intro:
    'Ghi lại khách quan tâm tại gian hàng. Mỗi chủ thể sản xuất có sản phẩm được chọn sẽ nhận một yêu cầu như khách tự gửi trên trang. Khi mất mạng, khách được lưu trên máy này và tự gửi khi có mạng lại.',
  name: 'Họ và tên khách',
  phone: 'Điện thoại / Zalo',
  email: 'Email',
  emailHint: 'Nếu có: khách nhận email xác nhận kèm đường dẫn theo dõi yêu cầu.',
  contactHint: 'Ít nhất điện thoại (Zalo) hoặc email.',
  organization: 'Đơn vị, doanh nghiệp',
  language: 'Ngôn ngữ trả lời khách',
  languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
  products: 'Sản phẩm khách quan tâm',
  filter: 'Lọc sản phẩm theo tên (gõ có dấu hay không dấu đều được)',
  noMatch: 'Không có sản phẩm nào khớp.',
  notes: 'Ghi chú (một dòng)',
  consent:
    'Khách đồng ý để thông tin trên được lưu và gửi tới từng chủ thể sản xuất của các sản phẩm đã chọn, để họ liên hệ trả lời khách (Nghị định 13/2023/NĐ-CP).',
  save: 'Lưu khách',
  saving: 'Đang lưu…',
  saved: (ids: readonly string[]) => `Đã lưu khách. Yêu cầu đã tạo: ${ids.join(', ')}.`,
  savedTo: 'Đã lưu khách và gửi yêu cầu tới:',
  queued: 'Mất mạng: khách đã được lưu trên máy này và sẽ tự gửi khi có mạng lại.',
  waiting: (n: number) => `${n} khách đang chờ gửi khi có mạng.`,
  fixErrors: (n: number) => (n === 1 ? 'Có 1 ô cần sửa.' : `Có ${n} ô cần sửa.`),
  unknownFair: 'Không có hội chợ này.',
  leadsLink: 'Ghi khách tại gian hàng',
  reportLink: 'Báo cáo hội chợ',
  reportsHeading: 'Báo cáo từng hội chợ',
  reportsIntro: 'Lượt quét mã, khách ghi tại gian hàng và yêu cầu theo từng sản phẩm và từng ngày hội chợ.',
  report: {
    title: (fair: string) => `Báo cáo hội chợ: ${fair}`,
    intro:
      'Theo từng sản phẩm và từng ngày hội chợ: lượt quét mã QR trên tài liệu của hội chợ, số khách ghi tại gian hàng, số yêu cầu (của khách ghi tại gian hàng và các yêu cầu khác về sản phẩm gửi trong những ngày hội chợ) và bao nhiêu yêu cầu đã được trả lời. Một khách hay một yêu cầu về hai sản phẩm được tính ở cả hai dòng nhưng chỉ một lần trong dòng tổng.',
    wholeFair: 'Cả hội chợ',
    day: (day: string) => `Ngày ${day}`,
    product: 'Sản phẩm',
    scans: 'Lượt quét QR',
    leads: 'Khách ghi tại gian',
    enquiries: 'Yêu cầu',
    answered: 'Đã trả lời',
    total: 'Tổng',
    quiet: 'Không có hoạt động nào trong ngày.',
    csv: 'Tải bảng số liệu (CSV)',
    print: 'In báo cáo (Ctrl+P, khổ A4)',
    counted: (day: string) => `Số liệu tính đến hôm nay, ${day}.`,
  },
};

const en: typeof vi = {
  title: (fair) => `Note a visitor at the booth: ${fair}`,
  intro:
    'Note the visitors who show interest at the booth. Each producer of the chosen products receives an enquiry, as if the visitor had sent it on the site. Without a connection the visitor is kept on this device and sent when the connection returns.',
  name: "Visitor's name",
  phone: 'Phone / Zalo',
  email: 'Email',
  emailHint: 'If given: the visitor receives a confirmation with a link to follow the enquiry.',
  contactHint: 'At least a phone (Zalo) number or an email.',
  organization: 'Organization, company',
  language: 'Language to answer the visitor in',
  languages: { vi: 'Vietnamese', en: 'English' },
  products: 'Products of interest',
  filter: 'Filter products by name (with or without diacritics)',
  noMatch: 'No product matches.',
  notes: 'Notes (one line)',
  consent:
    'The visitor agrees that these details are kept and sent to each producer of the chosen products, so that they contact the visitor (Decree 13/2023/NĐ-CP).',
  save: 'Save visitor',
  saving: 'Saving…',
  saved: (ids) => `Visitor saved. Enquiries made: ${ids.join(', ')}.`,
  savedTo: 'Visitor saved; enquiries sent to:',
  queued: 'No connection: the visitor is kept on this device and will be sent when the connection returns.',
  waiting: (n) => `${n} ${n === 1 ? 'visitor waits' : 'visitors wait'} for the connection.`,
  fixErrors: (n) => (n === 1 ? '1 field needs correcting.' : `${n} fields need correcting.`),
  unknownFair: 'There is no such fair.',
  leadsLink: 'Note visitors at the booth',
  reportLink: 'Fair report',
  reportsHeading: "Each fair's report",
  reportsIntro: 'Scans, visitors noted at the booth and enquiries per product and per day of the fair.',
  report: {
    title: (fair) => `Fair report: ${fair}`,
    intro:
      "Per product and per day of the fair: scans of the QR codes on the fair's material, visitors noted at the booth, enquiries (those of the visitors noted and any other about the product sent during the fair's days) and how many of those enquiries have been answered. A visitor or an enquiry about two products counts on both rows, but once in the totals.",
    wholeFair: 'Whole fair',
    day: (day) => `Day ${day}`,
    product: 'Product',
    scans: 'QR scans',
    leads: 'Visitors noted',
    enquiries: 'Enquiries',
    answered: 'Answered',
    total: 'Total',
    quiet: 'Nothing happened on this day.',
    csv: 'Download the figures (CSV)',
    print: 'Print the report (Ctrl+P, A4)',
    counted: (day) => `Counted up to today, ${day}.`,
  },
};

export const leadText: Record<Locale, typeof vi> = { vi, en };
