/**
 * Protected names and farming standards for the invented producers, where they fit: the
 * geographical indications and collective marks of shared/domain/ocop.md for the right product
 * in the right place, and VietGAP / organic PGS on some growers (illustrative).
 */
import { area } from './areas.ts';
import type { KindKey } from './kinds.ts';
import { random } from './random.ts';
import type { Certification, ProducerSpec } from './spec.ts';

/** Communes of the Quýt Bắc Kạn geographical indication (Bạch Thông). */
const QUYT_COMMUNES = new Set([
  'bach-thong--quang-thuan',
  'bach-thong--don-phong',
  'bach-thong--duong-phong',
]);

const GROWN: Partial<Record<KindKey, string>> = {
  quyt: 'quýt',
  cam: 'cam',
  hong: 'hồng không hạt',
  'che-shan': 'chè Shan tuyết',
  'hong-tra': 'chè Shan tuyết',
  'gao-bao-thai': 'lúa bao thai',
  'gao-nep': 'lúa nếp',
  'gao-nep-knl': 'lúa nếp Khẩu Nua Lếch',
  'rau-bo-khai': 'rau bò khai',
  'bi-xanh': 'bí xanh thơm',
  'giao-co-lam': 'giảo cổ lam',
  'mien-dong': 'dong riềng',
};

export function certificationsFor(p: ProducerSpec): Certification[] {
  const kinds = new Set(p.products.map((x) => x.kind));
  const district = area(p.area).formerDistrictSlug;
  const out: Certification[] = [];
  if (kinds.has('mien-dong'))
    out.push({ kind: 'geographical-indication', name: 'Chỉ dẫn địa lý Miến dong Bắc Kạn' });
  if (kinds.has('quyt') && QUYT_COMMUNES.has(p.area))
    out.push({ kind: 'geographical-indication', name: 'Chỉ dẫn địa lý Quýt Bắc Kạn' });
  if (kinds.has('hong') && district === 'ba-be')
    out.push({ kind: 'geographical-indication', name: 'Chỉ dẫn địa lý Hồng không hạt Bắc Kạn' });
  if (kinds.has('gao-nep-knl') && district === 'ngan-son')
    out.push({ kind: 'collective-mark', name: 'Nhãn hiệu tập thể Gạo nếp Khẩu Nua Lếch Ngân Sơn' });
  if (kinds.has('gao-bao-thai') && district === 'cho-don')
    out.push({ kind: 'collective-mark', name: 'Nhãn hiệu tập thể Gạo bao thai Chợ Đồn' });
  if (kinds.has('che-shan') && p.area === 'cho-don--bang-phuc')
    out.push({ kind: 'collective-mark', name: 'Nhãn hiệu tập thể Chè Shan tuyết Bằng Phúc' });

  const crop = p.products.map((x) => GROWN[x.kind]).find(Boolean);
  if (crop) {
    const rng = random(`standards:${p.name.vi}`);
    const since = (from: number) =>
      `${rng.int(Math.max(from, p.founded + 1), 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    if (rng.chance(0.45))
      out.push({ kind: 'vietgap', name: `VietGAP trồng trọt – ${crop}`, since: since(2017) });
    if (rng.chance(0.15)) out.push({ kind: 'organic-pgs', name: `Hữu cơ PGS – ${crop}`, since: since(2019) });
  }
  return out;
}
