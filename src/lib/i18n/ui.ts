import type { Locale } from './locales.ts';

/** Strings of the site chrome (header, footer, navigation). Feature strings live in their own modules. */
export const ui = {
  vi: {
    siteName: 'OCOP Bắc Kạn',
    tagline: 'Sản phẩm OCOP được chứng nhận của Bắc Kạn',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    navProducts: 'Sản phẩm',
    navProgramme: 'Chương trình OCOP',
    navSearch: 'Tìm kiếm',
    navBasket: 'Giỏ yêu cầu',
    mainNav: 'Điều hướng chính',
    switchLanguage: 'English',
    sampleNotice:
      'Dữ liệu mẫu: giá, đơn hàng tối thiểu, năng lực sản xuất, liên hệ và ảnh trên trang này chỉ mang tính minh họa.',
    fallbackNotice: 'Chưa có bản dịch',
    footerAbout:
      'Trang giới thiệu và xúc tiến thương mại sản phẩm OCOP tỉnh Bắc Kạn (nay thuộc tỉnh Thái Nguyên).',
    privacy: 'Bảo vệ dữ liệu cá nhân',
    qrCodeTo: 'Mã QR dẫn tới',
  },
  en: {
    siteName: 'OCOP Bắc Kạn',
    tagline: 'Certified OCOP products of Bắc Kạn, Vietnam',
    skipToContent: 'Skip to main content',
    navProducts: 'Products',
    navProgramme: 'OCOP programme',
    navSearch: 'Search',
    navBasket: 'Enquiry basket',
    mainNav: 'Main navigation',
    switchLanguage: 'Tiếng Việt',
    sampleNotice:
      'Sample data: prices, minimum orders, capacities, contacts and photos on this page are illustrative.',
    fallbackNotice: 'Not yet translated; shown in Vietnamese',
    footerAbout:
      'Showcase and trade promotion for the OCOP products of Bắc Kạn (now part of Thái Nguyên province).',
    privacy: 'Privacy',
    qrCodeTo: 'QR code to',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type UiKey = keyof (typeof ui)['vi'];
export const t = (locale: Locale, key: UiKey): string => ui[locale][key];
