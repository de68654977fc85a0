import type { EnquiryErrorCode, FieldError } from '../enquiries/schema.ts';
import { formatNumber } from '../format/number.ts';
import type { Locale } from './locales.ts';

/**
 * Strings of the enquiry form, the basket, the thank-you page and the inbox. Vietnamese is the
 * model; the browser loads this module too, so it holds words only.
 */
const vi = {
  formIntro: 'Gửi yêu cầu báo giá hoặc câu hỏi thẳng tới chủ thể sản xuất. Các ô có dấu * là bắt buộc.',
  product: 'Sản phẩm',
  chooseProduct: 'Chọn sản phẩm',
  name: 'Họ và tên',
  organization: 'Đơn vị, doanh nghiệp',
  contact: 'Cách liên hệ với bạn',
  contactHint: 'Nhập email hoặc số điện thoại (ít nhất một).',
  email: 'Email',
  phone: 'Số điện thoại',
  phoneHint: 'Ví dụ 0912 345 678 hoặc +84 912 345 678.',
  quantity: 'Số lượng cần',
  quantityHint: 'Ví dụ: 200 kg mỗi tháng.',
  message: 'Nội dung',
  messageHint: 'Quy cách đóng gói, thời gian giao hàng, câu hỏi…',
  consentBefore:
    'Tôi đồng ý để thông tin trên được lưu và chuyển cho chủ thể sản xuất để trả lời yêu cầu, theo ',
  consentLink: 'chính sách bảo vệ dữ liệu cá nhân',
  consentAfter: ' (Nghị định 13/2023/NĐ-CP).',
  required: 'bắt buộc',
  honeypot: 'Để trống ô này',
  submit: 'Gửi yêu cầu',
  sending: 'Đang gửi…',
  references: 'Mã yêu cầu',
  wentTo: 'đã gửi tới',
  nextSteps: (days: number) =>
    `Chủ thể sản xuất đã nhận yêu cầu và được đề nghị trả lời bạn trong ${days} ngày làm việc, qua email hoặc điện thoại bạn để lại. Nếu quá thời gian đó chưa có tin, hãy liên hệ thẳng với chủ thể: điện thoại và email có trên trang của họ.`,
  mailFollows: 'Một email xác nhận kèm các mã yêu cầu đang được gửi tới bạn.',
  noMail: 'Sẽ không có email xác nhận: hãy ghi lại mã yêu cầu.',
  sendAnother: 'Gửi yêu cầu khác',
  queued: 'Đã lưu yêu cầu trên thiết bị này; yêu cầu sẽ được gửi khi có kết nối mạng trở lại.',
  offline: 'Không gửi được: hãy kiểm tra kết nối mạng rồi gửi lại. Nội dung bạn đã nhập vẫn được giữ.',
  fixErrors: (n: number) => (n === 1 ? 'Có 1 ô cần sửa.' : `Có ${n} ô cần sửa.`),
  // Answers of the API that are not about one field.
  crossOrigin: 'Yêu cầu này không đến từ trang của chúng tôi nên đã bị từ chối.',
  unsupportedType: 'Định dạng dữ liệu không được hỗ trợ.',
  tooLarge: 'Nội dung gửi quá dài.',
  malformed: 'Dữ liệu gửi lên không đọc được.',
  rateLimited: (minutes: number) =>
    `Bạn đã gửi nhiều yêu cầu liên tiếp. Vui lòng thử lại sau ${minutes} phút.`,
  unavailable: 'Hệ thống đang bận. Nội dung bạn nhập vẫn còn; vui lòng gửi lại sau ít phút.',
  tooFast: 'Yêu cầu được gửi quá nhanh. Vui lòng kiểm tra lại rồi gửi lần nữa.',
  keyReused: 'Yêu cầu này đã được gửi với nội dung khác. Vui lòng tải lại trang rồi gửi lại.',
  // Basket.
  addToBasket: 'Thêm vào giỏ yêu cầu',
  inBasket: 'Đã có trong giỏ yêu cầu',
  /** {n}: how many products the basket holds (filled in by the browser). */
  viewBasket: 'Xem giỏ yêu cầu ({n})',
  basketTitle: 'Giỏ yêu cầu',
  basketDescription:
    'Gửi một yêu cầu báo giá cho nhiều sản phẩm OCOP; mỗi chủ thể sản xuất nhận phần của mình.',
  basketIntro:
    'Ghi số lượng và mong muốn cho từng sản phẩm. Khi gửi, mỗi chủ thể sản xuất nhận một yêu cầu riêng gồm các sản phẩm của họ. Giỏ được lưu trên thiết bị này.',
  basketNeedsJs:
    'Giỏ yêu cầu cần JavaScript. Bạn vẫn có thể gửi yêu cầu cho từng sản phẩm bằng mẫu ở cuối trang sản phẩm.',
  browseProducts: 'Xem sản phẩm',
  basketEmpty: 'Giỏ yêu cầu đang trống. Dùng nút “Thêm vào giỏ yêu cầu” trên trang sản phẩm.',
  sendTo: 'Gửi tới',
  remove: 'Bỏ khỏi giỏ',
  lineQuantity: (unit: string) => `Số lượng (${unit})`,
  minimumOrder: 'Đơn hàng tối thiểu',
  notForSamples: '(không áp dụng cho hàng mẫu)',
  sample: 'Muốn nhận mẫu',
  sampleHint: 'Hàng mẫu không tính đơn hàng tối thiểu.',
  targetPrice: (unit: string) => `Giá mong muốn (đồng/${unit})`,
  deliveryFrom: 'Giao từ ngày',
  deliveryTo: 'Giao đến ngày',
  submitBasket: 'Gửi yêu cầu cho các chủ thể',
  compareTitle: 'So sánh sản phẩm',
  compareUnavailable: 'Chưa tải được thông tin của một số sản phẩm; hãy thử lại khi có kết nối mạng.',
  sentLead: (n: number) =>
    n === 1
      ? 'Đã gửi yêu cầu tới chủ thể sản xuất.'
      : `Đã gửi ${n} yêu cầu, mỗi chủ thể sản xuất một yêu cầu.`,
  // Thank-you and error page (no JavaScript).
  thanksTitle: 'Đã gửi yêu cầu',
  errorTitle: 'Vui lòng kiểm tra lại yêu cầu',
  backToCatalogue: 'Tiếp tục xem sản phẩm',
  unknownProductPage: 'Không tìm thấy sản phẩm của yêu cầu này. Hãy chọn lại sản phẩm trong danh mục.',
};

type EnquiryStrings = typeof vi;

const en: EnquiryStrings = {
  formIntro: 'Ask the producer for a quote or a question. Fields marked * are required.',
  product: 'Product',
  chooseProduct: 'Choose a product',
  name: 'Full name',
  organization: 'Company or organisation',
  contact: 'How to reach you',
  contactHint: 'Give an email address or a phone number (at least one).',
  email: 'Email',
  phone: 'Phone number',
  phoneHint: 'For example 0912 345 678 or +84 912 345 678.',
  quantity: 'Quantity wanted',
  quantityHint: 'For example: 200 kg a month.',
  message: 'Message',
  messageHint: 'Packaging, delivery dates, questions…',
  consentBefore:
    'I agree that these details are stored and passed to the producer to answer my enquiry, under the ',
  consentLink: 'privacy policy',
  consentAfter: ' (Decree 13/2023/NĐ-CP).',
  required: 'required',
  honeypot: 'Leave this field empty',
  submit: 'Send enquiry',
  sending: 'Sending…',
  references: 'Reference',
  wentTo: 'went to',
  nextSteps: (days: number) =>
    `The producer has your enquiry now and is asked to answer within ${days} working days, by the email or phone you gave. If you have heard nothing by then, contact them directly: their phone and email are on their page.`,
  mailFollows: 'A confirmation email with the references is on its way to you.',
  noMail: 'No confirmation email will follow: please note the references.',
  sendAnother: 'Send another enquiry',
  queued: 'Enquiry saved on this device; it will be sent when you are back online.',
  offline: 'Could not send: check your connection and send again. What you typed is kept.',
  fixErrors: (n: number) => (n === 1 ? '1 field needs correcting.' : `${n} fields need correcting.`),
  crossOrigin: 'This request did not come from our site and was refused.',
  unsupportedType: 'This data format is not supported.',
  tooLarge: 'What was sent is too long.',
  malformed: 'What was sent could not be read.',
  rateLimited: (minutes: number) =>
    `You have sent several enquiries in a row. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  unavailable: 'The system is busy. What you typed is kept; please send again in a few minutes.',
  tooFast: 'The enquiry was sent too quickly. Please check it and send it again.',
  keyReused: 'This enquiry was already sent with different content. Please reload the page and send again.',
  addToBasket: 'Add to enquiry',
  inBasket: 'In your enquiry basket',
  viewBasket: 'View enquiry basket ({n})',
  basketTitle: 'Enquiry basket',
  basketDescription: 'Send one enquiry for several OCOP products; each producer receives its own part.',
  basketIntro:
    'Give the quantity and your wishes for each product. When you send, each producer receives one enquiry with its own products. The basket is kept on this device.',
  basketNeedsJs:
    'The enquiry basket needs JavaScript. You can still send an enquiry for each product with the form at the bottom of its page.',
  browseProducts: 'Browse products',
  basketEmpty: 'Your enquiry basket is empty. Use “Add to enquiry” on a product page.',
  sendTo: 'Sent to',
  remove: 'Remove',
  lineQuantity: (unit: string) => `Quantity (${unit})`,
  minimumOrder: 'Minimum order',
  notForSamples: '(not for samples)',
  sample: 'Sample wanted',
  sampleHint: 'A sample is not held to the minimum order.',
  targetPrice: (unit: string) => `Target price (VND per ${unit})`,
  deliveryFrom: 'Delivery from',
  deliveryTo: 'Delivery until',
  submitBasket: 'Send to the producers',
  compareTitle: 'Compare products',
  compareUnavailable: 'Some products’ facts could not be loaded; try again when you are online.',
  sentLead: (n: number) =>
    n === 1 ? 'Enquiry sent to the producer.' : `${n} enquiries sent, one to each producer.`,
  thanksTitle: 'Enquiry sent',
  errorTitle: 'Please check your enquiry',
  backToCatalogue: 'Continue browsing products',
  unknownProductPage:
    'The product of this enquiry was not found. Please choose the product again in the catalogue.',
};

export const enquiryText: Record<Locale, EnquiryStrings> = { vi, en };

const errorMessages: Record<
  Locale,
  Record<EnquiryErrorCode, (p: Record<string, string | number>) => string>
> = {
  vi: {
    required: () => 'Vui lòng điền ô này.',
    invalid: () => 'Giá trị không hợp lệ.',
    tooLong: (p) => `Tối đa ${p.max} ký tự.`,
    invalidCharacters: () => 'Có ký tự điều khiển hoặc ký tự ẩn không được phép.',
    email: () => 'Địa chỉ email không hợp lệ.',
    phone: () => 'Số điện thoại không hợp lệ (ví dụ 0912 345 678 hoặc +84 912 345 678).',
    contactRequired: () => 'Vui lòng nhập email hoặc số điện thoại.',
    consentRequired: () => 'Cần có sự đồng ý của bạn để gửi yêu cầu.',
    unknownField: () => 'Trường dữ liệu không được chấp nhận.',
    unknownProduct: () => 'Không tìm thấy sản phẩm này.',
    productOrLines: () => 'Chỉ gửi một sản phẩm hoặc một giỏ yêu cầu.',
    duplicateProduct: () => 'Sản phẩm này đã có trong giỏ.',
    tooManyLines: (p) => `Tối đa ${p.max ?? 30} sản phẩm mỗi lần gửi.`,
    quantity: () => 'Nhập số lượng lớn hơn 0.',
    belowMinimum: (p) => `Đơn hàng tối thiểu là ${formatNumber(Number(p.amount), 'vi')} ${p.unit}.`,
    noSamples: () => 'Chủ thể không gửi hàng mẫu của sản phẩm này.',
    price: () => 'Nhập giá là số nguyên đồng, lớn hơn 0.',
    date: () => 'Ngày không hợp lệ.',
    dateOrder: () => 'Ngày kết thúc phải sau ngày bắt đầu.',
    idempotencyKey: () => 'Mã gửi không hợp lệ; hãy tải lại trang.',
  },
  en: {
    required: () => 'Please fill in this field.',
    invalid: () => 'This value is not valid.',
    tooLong: (p) => `At most ${p.max} characters.`,
    invalidCharacters: () => 'Contains control or hidden characters that are not allowed.',
    email: () => 'This email address is not valid.',
    phone: () => 'This phone number is not valid (for example 0912 345 678 or +84 912 345 678).',
    contactRequired: () => 'Please give an email address or a phone number.',
    consentRequired: () => 'Your consent is needed to send the enquiry.',
    unknownField: () => 'This field is not accepted.',
    unknownProduct: () => 'This product was not found.',
    productOrLines: () => 'Send either one product or a basket.',
    duplicateProduct: () => 'This product is already in the basket.',
    tooManyLines: (p) => `At most ${p.max ?? 30} products at a time.`,
    quantity: () => 'Enter a quantity above 0.',
    belowMinimum: (p) => `The minimum order is ${formatNumber(Number(p.amount), 'en')} ${p.unit}.`,
    noSamples: () => 'The producer does not send samples of this product.',
    price: () => 'Enter the price as a whole number of VND above 0.',
    date: () => 'This date is not valid.',
    dateOrder: () => 'The end date must not be before the start date.',
    idempotencyKey: () => 'Invalid submission key; please reload the page.',
  },
};

/** Why the API refused a request as a whole (not one field). */
export type RefusalCode =
  | 'crossOrigin'
  | 'unsupportedType'
  | 'tooLarge'
  | 'malformed'
  | 'rateLimited'
  | 'unavailable'
  | 'tooFast'
  | 'keyReused';

/** A refusal in words; retryAfter in seconds (rate limit). */
export const refusalText = (locale: Locale, code: RefusalCode, retryAfter = 60): string => {
  const text = enquiryText[locale];
  return code === 'rateLimited' ? text.rateLimited(Math.ceil(retryAfter / 60)) : text[code];
};

/** A field error in words. */
export const errorText = (locale: Locale, error: FieldError): string =>
  errorMessages[locale][error.code](error.params ?? {});

/** The inbox (/admin/), in the language the browser asks for. */
const adminVi = {
  inbox: 'Hộp thư yêu cầu',
  login: 'Đăng nhập hộp thư yêu cầu',
  email: 'Email',
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  signedInAs: (email: string) => `Đang đăng nhập: ${email}`,
  wrongLogin: 'Email hoặc mật khẩu không đúng.',
  tooManyLogins: (minutes: number) => `Quá nhiều lần đăng nhập. Vui lòng thử lại sau ${minutes} phút.`,
  forbidden: 'Yêu cầu không hợp lệ (phiên đã hết hạn hoặc không đến từ trang này). Vui lòng tải lại trang.',
  filter: 'Lọc',
  status: 'Trạng thái',
  allStatuses: 'Tất cả',
  producer: 'Chủ thể',
  allProducers: 'Tất cả chủ thể',
  from: 'Từ ngày',
  to: 'Đến ngày',
  exportCsv: 'Tải CSV',
  count: (n: number) => `${n} yêu cầu`,
  none: 'Không có yêu cầu nào.',
  reference: 'Mã',
  received: 'Nhận lúc',
  sender: 'Người gửi',
  /** The fair whose booth noted the enquiry (a lead). */
  fair: 'Hội chợ',
  products: 'Sản phẩm',
  open: 'Mở',
  previous: 'Trang trước',
  next: 'Trang sau',
  statuses: { new: 'Mới', answered: 'Đã trả lời', closed: 'Đã đóng' },
  changeStatus: 'Đổi trạng thái',
  save: 'Lưu',
  saved: 'Đã lưu trạng thái.',
  delete: 'Xóa yêu cầu (theo yêu cầu của người gửi)',
  deleteConfirm: 'Tôi xác nhận xóa vĩnh viễn yêu cầu này',
  deleted: (id: string) => `Đã xóa yêu cầu ${id}.`,
  back: 'Về hộp thư',
  organization: 'Đơn vị',
  phone: 'Điện thoại',
  quantity: 'Số lượng',
  message: 'Nội dung',
  language: 'Ngôn ngữ',
  sample: 'muốn nhận mẫu',
  targetPrice: 'giá mong muốn',
  delivery: 'giao hàng',
  notFound: 'Không tìm thấy yêu cầu này.',
};

const adminEn: typeof adminVi = {
  inbox: 'Enquiry inbox',
  login: 'Sign in to the enquiry inbox',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (email: string) => `Signed in as ${email}`,
  wrongLogin: 'Wrong email or password.',
  tooManyLogins: (minutes: number) => `Too many sign-in attempts. Please try again in ${minutes} minutes.`,
  forbidden:
    'Request refused (the session expired or it did not come from this page). Please reload the page.',
  filter: 'Filter',
  status: 'Status',
  allStatuses: 'All',
  producer: 'Producer',
  allProducers: 'All producers',
  from: 'From',
  to: 'To',
  exportCsv: 'Download CSV',
  count: (n: number) => `${n} enquir${n === 1 ? 'y' : 'ies'}`,
  none: 'No enquiries.',
  reference: 'Reference',
  received: 'Received',
  sender: 'From',
  fair: 'Fair',
  products: 'Products',
  open: 'Open',
  previous: 'Previous page',
  next: 'Next page',
  statuses: { new: 'New', answered: 'Answered', closed: 'Closed' },
  changeStatus: 'Change status',
  save: 'Save',
  saved: 'Status saved.',
  delete: 'Delete enquiry (at the sender’s request)',
  deleteConfirm: 'I confirm this enquiry is deleted for good',
  deleted: (id: string) => `Enquiry ${id} deleted.`,
  back: 'Back to the inbox',
  organization: 'Organisation',
  phone: 'Phone',
  quantity: 'Quantity',
  message: 'Message',
  language: 'Language',
  sample: 'sample wanted',
  targetPrice: 'target price',
  delivery: 'delivery',
  notFound: 'This enquiry was not found.',
};

export const adminText: Record<Locale, typeof adminVi> = { vi: adminVi, en: adminEn };
