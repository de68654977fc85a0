/**
 * Where to buy: the OCOP display and sales points of each former district (illustrative names,
 * placeholder phone numbers and hours; ocop.md counts 21 such points at the end of 2024), the
 * producer's own shop, and the national platforms VoSo and Postmart. Nothing says on which
 * platform pages a product really is, so their entries carry no link: a link would claim a real
 * page. A company's own online shop is linked on its illustrative example.vn domain.
 */
import type { FormerDistrictSlug } from '../../src/lib/content/schemas/area.ts';
import { companyDomain } from './names.ts';
import type { Outlet } from './spec.ts';

/** Placeholder numbers like the producers' (0900 000 …), in their own hundred: 0900 100 001, … */
const point = (name: string, address: string, n: number, openingHours: string[]): Outlet => ({
  kind: 'ocop-point',
  name,
  address,
  phone: `0900 100 ${String(n).padStart(3, '0')}`,
  openingHours,
});
const shopHours = ['Mo-Su 07:30-17:30'];

export const ocopPoints: Record<FormerDistrictSlug, Outlet> = {
  'tp-bac-kan': point('Điểm giới thiệu và bán sản phẩm OCOP Bắc Kạn', 'phường Đức Xuân', 1, [
    'Mo-Fr 07:30-20:00',
    'Sa-Su 08:00-20:00',
  ]),
  'pac-nam': point('Điểm bán sản phẩm OCOP Pác Nặm', 'xã Bằng Thành', 2, shopHours),
  'ba-be': point('Điểm bán sản phẩm OCOP Ba Bể', 'xã Chợ Rã', 3, shopHours),
  'ngan-son': point('Điểm bán sản phẩm OCOP Ngân Sơn', 'xã Ngân Sơn', 4, shopHours),
  'bach-thong': point('Điểm bán sản phẩm OCOP Bạch Thông', 'xã Phủ Thông', 5, shopHours),
  'cho-don': point('Điểm bán sản phẩm OCOP Chợ Đồn', 'xã Chợ Đồn', 6, shopHours),
  'cho-moi': point('Điểm bán sản phẩm OCOP Chợ Mới', 'xã Chợ Mới', 7, shopHours),
  'na-ri': point('Điểm bán sản phẩm OCOP Na Rì', 'xã Na Rì', 8, shopHours),
};

/** A second point by Ba Bể lake, where visitors are. */
export const lakePoint = point('Điểm bán sản phẩm OCOP Hồ Ba Bể', 'xã Ba Bể', 9, ['Mo-Su 07:00-18:00']);

export const marketplaces: Outlet[] = [
  { kind: 'online', name: 'Postmart' },
  { kind: 'online', name: 'VoSo' },
];

/** A company's online shop: the product's page on the company's illustrative website. */
export function companyShop(producerSlug: string, productSlug: string): Outlet {
  const host = `${companyDomain(producerSlug)}.example.vn`;
  return { kind: 'online', name: host, url: `https://${host}/san-pham/${productSlug}/` };
}
