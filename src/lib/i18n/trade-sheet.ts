import type { Locale } from './locales.ts';

/** Strings of the printable trade sheet (one A4 page per product). */
const vi = {
  kind: 'Phiếu thông tin thương mại',
  title: (name: string) => `Phiếu thông tin thương mại: ${name}`,
  description: (name: string) =>
    `${name}: chứng nhận OCOP, quy cách, giá, năng lực cung ứng, đơn hàng tối thiểu và liên hệ chủ thể trên một trang A4.`,
  printHint:
    'Trang này vừa một tờ A4. Bấm Ctrl+P (trên máy Mac: ⌘P) để in, hoặc chọn “Lưu dưới dạng PDF” làm máy in để có tệp PDF.',
  backToProduct: 'Về trang sản phẩm',
  product: 'Sản phẩm',
  producer: 'Chủ thể sản xuất',
  scan: 'Quét mã để xem trang sản phẩm và gửi yêu cầu báo giá',
  asOf: (date: string, site: string) => `Thông tin ngày ${date}, từ ${site}.`,
};

const en: typeof vi = {
  kind: 'Trade sheet',
  title: (name) => `Trade sheet: ${name}`,
  description: (name) =>
    `${name}: OCOP certificate, packs, price, supply capacity, minimum order and producer contacts on one A4 page.`,
  printHint:
    'This page fits one A4 sheet. Press Ctrl+P (on a Mac: ⌘P) to print it, or choose “Save as PDF” as the printer to get a PDF file.',
  backToProduct: 'Back to the product page',
  product: 'Product',
  producer: 'Producer',
  scan: 'Scan for the product page and to ask for a quote',
  asOf: (date, site) => `Information as of ${date}, from ${site}.`,
};

export const tradeSheetText: Record<Locale, typeof vi> = { vi, en };
