/**
 * Where to buy: the OCOP display and sales points of each former district (illustrative names;
 * ocop.md counts 21 such points at the end of 2024), the producer's own shop and the national
 * platforms VoSo and Postmart (real homepages).
 */
import type { FormerDistrictSlug } from '../../src/lib/content/schemas/area.ts';
import type { Outlet } from './spec.ts';

const point = (name: string, address: string): Outlet => ({ kind: 'ocop-point', name, address });

export const ocopPoints: Record<FormerDistrictSlug, Outlet> = {
  'tp-bac-kan': point('Điểm giới thiệu và bán sản phẩm OCOP Bắc Kạn', 'phường Đức Xuân'),
  'pac-nam': point('Điểm bán sản phẩm OCOP Pác Nặm', 'xã Bằng Thành'),
  'ba-be': point('Điểm bán sản phẩm OCOP Ba Bể', 'xã Chợ Rã'),
  'ngan-son': point('Điểm bán sản phẩm OCOP Ngân Sơn', 'xã Ngân Sơn'),
  'bach-thong': point('Điểm bán sản phẩm OCOP Bạch Thông', 'xã Phủ Thông'),
  'cho-don': point('Điểm bán sản phẩm OCOP Chợ Đồn', 'xã Chợ Đồn'),
  'cho-moi': point('Điểm bán sản phẩm OCOP Chợ Mới', 'xã Chợ Mới'),
  'na-ri': point('Điểm bán sản phẩm OCOP Na Rì', 'xã Na Rì'),
};

/** A second point by Ba Bể lake, where visitors are. */
export const lakePoint = point('Điểm bán sản phẩm OCOP Hồ Ba Bể', 'xã Ba Bể');

export const online: Outlet[] = [
  { kind: 'online', name: 'Postmart', url: 'https://postmart.vn/' },
  { kind: 'online', name: 'VoSo', url: 'https://voso.vn/' },
];
