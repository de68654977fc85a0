import type { PrintKind } from '../fairs/print-documents.ts';
import type { Locale } from './locales.ts';

/** Strings of the fair pages. Kiosk and print pages are Vietnamese only (they are made for the booth). */
const vi = {
  eyebrow: 'Hội chợ triển lãm',
  dates: 'Thời gian',
  venue: 'Địa điểm',
  organiser: 'Đơn vị tổ chức',
  booths: 'Gian hàng Bắc Kạn',
  boothCount: (n: number) => `${n} gian`,
  boothNumbers: (numbers: string) => `số ${numbers}`,
  ended: 'Hội chợ này đã diễn ra.',
  addToCalendar: 'Thêm vào lịch (.ics)',
  productsOnShow: (n: number) => `Sản phẩm trưng bày (${n})`,
  searchHeading: 'Tìm trong sản phẩm của hội chợ',
  searchLabel: 'Tên sản phẩm, chủ thể hoặc địa phương',
  searchButton: 'Tìm',
  staffHeading: 'Dành cho cán bộ gian hàng',
  staffIntro:
    'Màn hình trình chiếu cho TV hoặc máy tính bảng, và tài liệu in có mã QR dẫn tới trang sản phẩm. Sau lần mở đầu tiên, trang hội chợ, màn hình kiosk và các trang sản phẩm vẫn dùng được khi mất mạng.',
  kiosk: 'Màn hình kiosk (tự trình chiếu)',
  printCards: 'Thẻ sản phẩm khổ A6',
  printLabels: 'Nhãn kệ 70 × 37 mm (24 nhãn mỗi tờ A4)',
  printCatalogue: 'Danh mục sản phẩm khổ A4',
  inVietnamese: '',
  description: (name: string, dates: string, city: string, n: number) =>
    `${name}, ${dates} tại ${city}: gian hàng Bắc Kạn với ${n} sản phẩm OCOP.`,
};

export type FairText = typeof vi;

const en: FairText = {
  eyebrow: 'Trade fair',
  dates: 'Dates',
  venue: 'Venue',
  organiser: 'Organiser',
  booths: 'Bắc Kạn booths',
  boothCount: (n) => (n === 1 ? '1 booth' : `${n} booths`),
  boothNumbers: (numbers) => `nos. ${numbers}`,
  ended: 'This fair has ended.',
  addToCalendar: 'Add to calendar (.ics)',
  productsOnShow: (n) => `Products on show (${n})`,
  searchHeading: 'Search this fair’s products',
  searchLabel: 'Product, producer or place',
  searchButton: 'Search',
  staffHeading: 'For booth staff',
  staffIntro:
    'A self-running screen for a TV or tablet, and print-outs with QR codes that lead to the product pages. After the first visit, the fair page, the kiosk screen and the product pages keep working without a connection.',
  kiosk: 'Kiosk screen (self-running)',
  printCards: 'A6 product cards',
  printLabels: 'Shelf labels 70 × 37 mm (24 per A4 sheet)',
  printCatalogue: 'A4 product catalogue',
  inVietnamese: '(in Vietnamese)',
  description: (name, dates, city, n) =>
    `${name}, ${dates} in ${city}: the Bắc Kạn booth with ${n} OCOP products.`,
};

export const fairText: Record<Locale, FairText> = { vi, en };

/** Kiosk and print pages (Vietnamese, with English where a foreign visitor needs it). */
export const boothText = {
  kioskTitle: (name: string) => `Kiosk · ${name}`,
  slides: 'Sản phẩm trưng bày',
  slide: (i: number, n: number) => `Sản phẩm ${i}/${n}`,
  booth: (numbers: string) => `Gian ${numbers}`,
  scan: 'Quét mã để xem chi tiết và gửi yêu cầu báo giá',
  scanEn: 'Scan for details and quotes',
  printTitle: {
    cards: 'Thẻ sản phẩm A6',
    labels: 'Nhãn kệ',
    catalogue: 'Danh mục sản phẩm',
  } satisfies Record<PrintKind, string>,
  printHelp:
    'Trang này được dàn sẵn để in: bấm Ctrl+P (trên máy Mac: ⌘P), chọn “Khổ giấy theo trang” và tắt đầu trang/chân trang. Hoặc chạy npm run print để có tệp PDF.',
  printNow: 'In trang này',
  backToFair: 'Về trang hội chợ',
  producer: 'Chủ thể',
  catalogueIntro: (n: number) =>
    `${n} sản phẩm OCOP của Bắc Kạn tại hội chợ. Quét mã QR của từng sản phẩm để xem chi tiết và gửi yêu cầu báo giá.`,
  sample: 'Dữ liệu mẫu: giá và thông tin thương mại chỉ mang tính minh họa.',
};

/** Strings of the fair elements (search, offline status, kiosk controls): the browser loads these. */
const elementVi = {
  online: 'Trực tuyến',
  offline: 'Mất kết nối – đang dùng bản đã lưu',
  saving: 'Đang lưu hội chợ để dùng khi mất mạng…',
  ready: (pages: number) => `Sẵn sàng dùng khi mất mạng (${pages} trang đã lưu)`,
  failed: 'Chưa lưu được để dùng khi mất mạng; sẽ thử lại lần mở sau.',
  unsupported: 'Trình duyệt này không lưu được trang để dùng khi mất mạng.',
  pending: (n: number) => `${n} yêu cầu đã lưu, sẽ gửi khi có mạng`,
  sent: (n: number) => `Đã gửi ${n} yêu cầu lưu khi mất mạng (24 giờ qua)`,
  refused: (n: number) => `${n} yêu cầu lưu khi mất mạng bị máy chủ từ chối (24 giờ qua)`,
  stars: (n: number) => `${n} sao`,
  results: (n: number) => `${n} sản phẩm`,
  noResults: 'Không có sản phẩm nào khớp.',
  indexFailed: 'Chưa tải được danh sách sản phẩm để tìm.',
  previous: 'Trước',
  next: 'Tiếp',
  pause: 'Tạm dừng',
  play: 'Tự chạy',
  position: (i: number, n: number) => `${i}/${n}`,
  fullscreen: 'Toàn màn hình',
  controls: 'Điều khiển trình chiếu',
};

export type FairElementText = typeof elementVi;

const elementEn: FairElementText = {
  online: 'Online',
  offline: 'No connection – using the saved copy',
  saving: 'Saving this fair for offline use…',
  ready: (pages) => `Ready for offline use (${pages} pages saved)`,
  failed: 'Could not save for offline use; will try again next time.',
  unsupported: 'This browser cannot save pages for offline use.',
  pending: (n) =>
    n === 1 ? '1 enquiry saved, sent when back online' : `${n} enquiries saved, sent when back online`,
  sent: (n) => (n === 1 ? 'Sent 1 saved enquiry' : `Sent ${n} saved enquiries`),
  refused: (n) =>
    n === 1 ? '1 enquiry was refused by the server' : `${n} enquiries were refused by the server`,
  stars: (n) => `${n} stars`,
  results: (n) => (n === 1 ? '1 product' : `${n} products`),
  noResults: 'No matching products.',
  indexFailed: 'Could not load the product list to search.',
  previous: 'Previous',
  next: 'Next',
  pause: 'Pause',
  play: 'Play',
  position: (i, n) => `${i} of ${n}`,
  fullscreen: 'Full screen',
  controls: 'Slideshow controls',
};

export const fairElementText: Record<Locale, FairElementText> = { vi: elementVi, en: elementEn };
