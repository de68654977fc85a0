/**
 * The fairs: two past ones from shared/domain/ocop.md (Hải Phòng 2022, Việt Bắc 2024), the
 * Hanoi OCOP fair of December 2026 and an illustrative one in 2027. Each shows products that were
 * certified and valid on the fair's last day (the Hanoi fairs ask for ≥ 3★, traceable, labelled).
 */
import { certificateStatus, isCurrent } from '../../src/lib/content/certificate-status.ts';
import type { Certificate } from './certificates.ts';
import type { ProductEntry } from './dataset.ts';
import type { Text } from './kinds.ts';
import { hash } from './random.ts';

interface Fair {
  slug: string;
  name: Text;
  start: string;
  end: string;
  venue: Text;
  city: string;
  organiser?: string;
  booths: number;
  boothNumbers?: string[];
  description: Text;
  /** How many products the delegation brings, and which kinds it puts first. */
  count: number;
  prefer: (p: ProductEntry) => boolean;
}

const fairs: Fair[] = [
  {
    slug: 'tuan-le-mien-dong-ocop-bac-kan-2022',
    name: { vi: 'Tuần lễ Miến dong & OCOP Bắc Kạn', en: 'Arrowroot Vermicelli & Bắc Kạn OCOP Week' },
    start: '2022-12-02',
    end: '2022-12-05',
    venue: { vi: 'Thành phố Hải Phòng', en: 'Hải Phòng city' },
    city: 'Hải Phòng',
    booths: 22,
    description: {
      vi: 'Tuần lễ giới thiệu miến dong và các sản phẩm OCOP của Bắc Kạn tại Hải Phòng, với 22 gian hàng.',
      en: 'A week presenting Bắc Kạn arrowroot vermicelli and OCOP products in Hải Phòng, with 22 booths.',
    },
    count: 18,
    prefer: (p) => p.spec.kind === 'mien-dong' || p.spec.kind === 'tinh-bot-dong',
  },
  {
    slug: 'ngay-hoi-ocop-6-tinh-viet-bac-2024',
    name: { vi: 'Ngày hội OCOP 6 tỉnh Việt Bắc', en: 'OCOP Festival of the Six Việt Bắc Provinces' },
    start: '2024-08-24',
    end: '2024-08-28',
    venue: { vi: 'Thành phố Bắc Kạn', en: 'Bắc Kạn city' },
    city: 'Bắc Kạn',
    booths: 70,
    description: {
      vi: 'Ngày hội sản phẩm OCOP của sáu tỉnh Việt Bắc do Bắc Kạn đăng cai, với 70 gian hàng của cả sáu tỉnh.',
      en: 'The OCOP festival of the six Việt Bắc provinces, hosted by Bắc Kạn, with 70 booths from all six provinces.',
    },
    count: 24,
    prefer: (p) => p.certificates.some((c) => c.stars >= 4),
  },
  {
    slug: 'hoi-cho-ocop-ha-noi-2026',
    name: { vi: 'Hội chợ OCOP Hà Nội 2026', en: 'Hanoi OCOP Fair 2026' },
    start: '2026-12-10',
    end: '2026-12-14',
    venue: {
      vi: 'Cung Văn hóa Hữu nghị, 91 Trần Hưng Đạo',
      en: 'Friendship Cultural Palace, 91 Trần Hưng Đạo',
    },
    city: 'Hà Nội',
    booths: 2,
    boothNumbers: ['B12', 'B13'],
    description: {
      vi: 'Gian hàng Bắc Kạn giới thiệu sản phẩm OCOP 3 sao trở lên, còn hiệu lực, có truy xuất nguồn gốc và nhãn mác đầy đủ. Ban tổ chức hỗ trợ một nửa phí gian hàng, tối đa hai gian cho mỗi đơn vị.',
      en: 'The Bắc Kạn booths show OCOP products of 3 stars and above, with valid certificates, traceability and full labelling. The organiser pays half the booth fee, up to two booths per exhibitor.',
    },
    count: 14,
    prefer: (p) => Boolean(p.spec.featured),
  },
  {
    slug: 'hoi-cho-ocop-thai-nguyen-2027',
    name: { vi: 'Hội chợ sản phẩm OCOP Thái Nguyên 2027', en: 'Thái Nguyên OCOP Products Fair 2027' },
    start: '2027-04-15',
    end: '2027-04-19',
    venue: {
      vi: 'Trung tâm tỉnh Thái Nguyên (địa điểm dự kiến)',
      en: 'Thái Nguyên provincial centre (venue to be confirmed)',
    },
    city: 'Thái Nguyên',
    booths: 6,
    description: {
      vi: 'Hội chợ minh họa của dữ liệu mẫu: gian hàng khu vực Bắc Kạn cũ giới thiệu đặc sản mùa xuân và sản phẩm OCOP còn hiệu lực.',
      en: 'An illustrative fair of the sample data: the booths of the former Bắc Kạn province show spring specialities and OCOP products with valid certificates.',
    },
    count: 12,
    prefer: (p) =>
      p.kind.group.startsWith('I.5') || p.kind.group.startsWith('IV') || p.kind.group.startsWith('V.'),
  },
];

/** Products certified and valid on the fair's last day: the preferred kinds first, then by a stable shuffle. */
function exhibits(fair: Fair, products: ProductEntry[]): string[] {
  const valid = products.filter((p) => {
    const current = [...p.certificates].reverse().find((c) => c.decisionDate <= fair.start) as
      | Certificate
      | undefined;
    return current !== undefined && isCurrent(certificateStatus(current, fair.end));
  });
  const order = (p: ProductEntry) => (fair.prefer(p) ? 0 : 1);
  return valid
    .sort((a, b) => order(a) - order(b) || hash(`${fair.slug}:${a.slug}`) - hash(`${fair.slug}:${b.slug}`))
    .slice(0, fair.count)
    .map((p) => p.slug);
}

export function eventFiles(products: ProductEntry[]): { slug: string; json: object }[] {
  return fairs.map((fair) => ({
    slug: fair.slug,
    json: {
      name: fair.name,
      start: fair.start,
      end: fair.end,
      venue: fair.venue,
      city: fair.city,
      ...(fair.organiser ? { organiser: fair.organiser } : {}),
      booths: fair.booths,
      boothNumbers: fair.boothNumbers ?? [],
      description: fair.description,
      products: exhibits(fair, products),
    },
  }));
}
