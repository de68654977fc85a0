/**
 * The rest of the province, invented: cooperatives, companies, groups and households with the
 * kinds of products Bắc Kạn is known for, spread over the city and the seven former districts in
 * about the province's proportions of producer types (73 HTX : 5 DN : 22 HKD : 10 THT in 11/2023).
 * Names, villages and every figure are illustrative.
 */
import type { ProducerType } from '../../src/lib/content/schemas/producer.ts';
import type { Plan, Stars } from './certificates.ts';
import type { Building, Ground } from './images/scenes.ts';
import type { KindKey } from './kinds.ts';
import { type Label, producerName } from './names.ts';
import { random } from './random.ts';
import type { ProducerSpec, ProductSpec } from './spec.ts';

interface Row {
  t: ProducerType;
  label?: Label;
  brand: string;
  area: string;
  street: string;
  ground: Ground;
  building?: Building;
  products: ProductSpec[];
}

const k = (kind: KindKey, stars?: Stars, plan?: Plan): ProductSpec => ({
  kind,
  ...(stars ? { stars } : {}),
  ...(plan ? { plan } : {}),
});

const rows: Row[] = [
  // TP Bắc Kạn
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Phú Sơn',
    area: 'tp-bac-kan--xuat-hoa',
    street: 'Tổ 5',
    ground: 'forest',
    products: [k('mang-kho'), k('mang-ot'), k('rau-bo-khai')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Dược liệu',
    brand: 'Nà Vị',
    area: 'tp-bac-kan--duong-quang',
    street: 'Thôn Nà Vị',
    ground: 'forest',
    products: [k('tinh-dau-sa'), k('xa-phong'), k('xa-den')],
  },
  {
    t: 'doanh-nghiep',
    label: 'Thực phẩm',
    brand: 'Sông Cầu',
    area: 'tp-bac-kan--song-cau',
    street: 'Tổ 8',
    ground: 'lake',
    building: 'workshop',
    products: [k('nuoc-uong'), k('nuoc-quyt'), k('tuong-ot')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Bếp Tày',
    area: 'tp-bac-kan--nguyen-thi-minh-khai',
    street: 'Tổ 12',
    ground: 'forest',
    products: [k('banh-khao'), k('banh-coc-mo'), k('thit-trau')],
  },
  {
    t: 'to-hop-tac',
    label: 'Hoa lan',
    brand: 'Pù Cọ',
    area: 'tp-bac-kan--huyen-tung',
    street: 'Tổ 2',
    ground: 'orchard',
    products: [k('lan'), k('cay-canh')],
  },
  // Pác Nặm
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Nà Sli',
    area: 'pac-nam--bang-thanh',
    street: 'Thôn Nà Sli',
    ground: 'terraces',
    products: [k('tra-day'), k('mat-ong'), k('gao-nep-cam')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Dược liệu',
    brand: 'Lũng Mần',
    area: 'pac-nam--cao-tan',
    street: 'Thôn Lũng Mần',
    ground: 'forest',
    products: [k('thuoc-tam-dao'), k('ba-kich')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Thổ cẩm',
    brand: 'Dao Tiền',
    area: 'pac-nam--nhan-mon',
    street: 'Thôn Khuổi Khí',
    ground: 'terraces',
    products: [k('khan-tho-cam', 4, { first: '2024-09', stars: 4, status: 'valid' }), k('tui-tho-cam')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Hương Nương',
    area: 'pac-nam--an-thang',
    street: 'Thôn Nà Sáng',
    ground: 'terraces',
    products: [k('ruou-ngo'), k('hat-doi')],
  },
  {
    t: 'to-hop-tac',
    label: 'Chăn nuôi',
    brand: 'Bản Đăm',
    area: 'pac-nam--nghien-loan',
    street: 'Bản Đăm',
    ground: 'forest',
    products: [k('ga-doi'), k('thit-lon-treo')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông lâm nghiệp',
    brand: 'Phja Bjoóc',
    area: 'pac-nam--xuan-la',
    street: 'Thôn Phja Bjoóc',
    ground: 'forest',
    products: [k('mang-kho'), k('hoi-kho'), k('moc-nhi')],
  },
  // Ba Bể
  {
    t: 'hop-tac-xa',
    label: 'Cây ăn quả',
    brand: 'Pù Mò',
    area: 'ba-be--quang-khe',
    street: 'Thôn Pù Mò',
    ground: 'orchard',
    products: [
      k('hong', 4, { first: '2022-09', stars: 4, status: 'valid' }),
      k('hong-say', 5, { first: '2021-09', stars: [4, 5], upgradeAfter: 30, status: 'valid' }),
    ],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Khau Qua',
    area: 'ba-be--hoang-tri',
    street: 'Thôn Khau Qua',
    ground: 'orchard',
    products: [k('hong'), k('mang-kho'), k('moc-nhi')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Miến dong',
    brand: 'Slam Vè',
    area: 'ba-be--banh-trach',
    street: 'Thôn Slam Vè',
    ground: 'terraces',
    products: [k('mien-dong'), k('tinh-bot-dong')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Hồ Xanh',
    area: 'ba-be--khang-ninh',
    street: 'Thôn Nà Hàn',
    ground: 'lake',
    building: 'stilt-house',
    products: [k('homestay'), k('du-lich')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Cốc Tộc',
    area: 'ba-be--ha-hieu',
    street: 'Thôn Cốc Tộc',
    ground: 'terraces',
    products: [k('ga-doi'), k('bi-xanh'), k('rau-bo-khai')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nấm',
    brand: 'Nà Phài',
    area: 'ba-be--thuong-giao',
    street: 'Thôn Nà Phài',
    ground: 'forest',
    products: [k('moc-nhi'), k('nam-huong')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Dược liệu',
    brand: 'Phiêng Chỉ',
    area: 'ba-be--my-phuong',
    street: 'Thôn Phiêng Chỉ',
    ground: 'forest',
    products: [k('giao-co-lam'), k('hoa-cuc'), k('tinh-bot-nghe')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Vị Rừng',
    area: 'ba-be--cho-ra',
    street: 'Tiểu khu 3',
    ground: 'lake',
    products: [k('lap-suon'), k('hat-doi'), k('thit-trau')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Nà Đông',
    area: 'ba-be--chu-huong',
    street: 'Thôn Nà Đông',
    ground: 'terraces',
    products: [k('gao-nep'), k('banh-chung-den')],
  },
  // Ngân Sơn
  {
    t: 'hop-tac-xa',
    label: 'Miến dong',
    brand: 'Khau Slôm',
    area: 'ngan-son--na-phac',
    street: 'Tiểu khu 1',
    ground: 'terraces',
    products: [
      k('mien-dong', 4, { first: '2020-12', stars: [3, 4], upgradeAfter: 36, status: 'valid' }),
      k('tinh-bot-dong'),
    ],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông lâm nghiệp',
    brand: 'Pò Lạn',
    area: 'ngan-son--bang-van',
    street: 'Thôn Pò Lạn',
    ground: 'forest',
    products: [
      k('tinh-dau-que', 4, { first: '2023-06', stars: 4, status: 'valid' }),
      k('hoi-kho'),
      k('tinh-dau-sa'),
    ],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Lũng Vài',
    area: 'ngan-son--thuong-an',
    street: 'Thôn Lũng Vài',
    ground: 'terraces',
    products: [k('banh-chung-den'), k('banh-coc-mo'), k('banh-khao')],
  },
  {
    t: 'to-hop-tac',
    label: 'Nông nghiệp',
    brand: 'Nà Ngần',
    area: 'ngan-son--coc-dan',
    street: 'Thôn Nà Ngần',
    ground: 'terraces',
    products: [k('gao-nep-knl'), k('ruou-men-la')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nấm',
    brand: 'Bản Súng',
    area: 'ngan-son--duc-van',
    street: 'Thôn Bản Súng',
    ground: 'forest',
    products: [k('moc-nhi'), k('mang-ot'), k('nam-huong')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Khuổi Tèo',
    area: 'ngan-son--hiep-luc',
    street: 'Thôn Khuổi Tèo',
    ground: 'terraces',
    products: [k('ruou-men-la'), k('tuong-dau'), k('gao-nep')],
  },
  // Bạch Thông
  {
    t: 'hop-tac-xa',
    label: 'Cây ăn quả',
    brand: 'Nà Lịn',
    area: 'bach-thong--quang-thuan',
    street: 'Thôn Nà Lịn',
    ground: 'orchard',
    products: [
      {
        ...k('quyt', 4, { first: '2021-11', stars: [3, 4], upgradeAfter: 30, status: 'valid' }),
        featured: true,
      },
      k('nuoc-quyt'),
      k('cam'),
    ],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Khuổi Chang',
    area: 'bach-thong--quang-thuan',
    street: 'Thôn Khuổi Chang',
    ground: 'orchard',
    products: [k('quyt'), k('cam')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Cây ăn quả',
    brand: 'Nà Lẹng',
    area: 'bach-thong--don-phong',
    street: 'Thôn Nà Lẹng',
    ground: 'orchard',
    products: [k('quyt'), k('mat-ong')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Dịch vụ nông nghiệp',
    brand: 'Phiêng Khít',
    area: 'bach-thong--duong-phong',
    street: 'Thôn Phiêng Khít',
    ground: 'orchard',
    products: [k('quyt'), k('mang-kho')],
  },
  {
    t: 'to-hop-tac',
    label: 'Mây tre đan',
    brand: 'Khuổi Hao',
    area: 'bach-thong--my-thanh',
    street: 'Thôn Khuổi Hao',
    ground: 'forest',
    products: [k('gio-may'), k('choi-chit')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Dược liệu',
    brand: 'Nà Tồng',
    area: 'bach-thong--vi-huong',
    street: 'Thôn Nà Tồng',
    ground: 'forest',
    products: [k('tinh-bot-nghe'), k('vien-nghe'), k('cao-ca-gai-leo')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Hương Quế',
    area: 'bach-thong--phu-thong',
    street: 'Tổ 3',
    ground: 'terraces',
    products: [k('banh-khao'), k('lap-suon'), k('tuong-ot')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Sinh vật cảnh',
    brand: 'Lủng Quang',
    area: 'bach-thong--cao-son',
    street: 'Thôn Lủng Quang',
    ground: 'orchard',
    products: [k('dao'), k('cay-canh'), k('lan')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Bản Chiêng',
    area: 'bach-thong--tan-tu',
    street: 'Thôn Bản Chiêng',
    ground: 'terraces',
    products: [k('gao-bao-thai'), k('ga-doi')],
  },
  // Chợ Đồn
  {
    t: 'hop-tac-xa',
    label: 'Chè Shan tuyết',
    brand: 'Phja Đăm',
    area: 'cho-don--bang-phuc',
    street: 'Thôn Phja Đăm',
    ground: 'tea-rows',
    products: [
      k('che-shan', 4, { first: '2020-09', stars: 4, status: 'valid' }),
      {
        ...k('hong-tra', 5, { first: '2019-09', stars: [4, 4, 5], upgradeAfter: 20, status: 'valid' }),
        exportMarkets: ['TW'],
        featured: true,
      },
    ],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Khuổi Khít',
    area: 'cho-don--bang-phuc',
    street: 'Thôn Khuổi Khít',
    ground: 'tea-rows',
    products: [k('che-shan'), k('xa-den')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Nà Pán',
    area: 'cho-don--bang-lang',
    street: 'Thôn Nà Pán',
    ground: 'terraces',
    products: [
      k('gao-bao-thai', 4, { first: '2021-05', stars: 4, status: 'valid' }),
      k('gao-nep'),
      k('banh-chung-den'),
    ],
  },
  {
    t: 'hop-tac-xa',
    label: 'Dịch vụ nông nghiệp',
    brand: 'Nà Pậu',
    area: 'cho-don--yen-thinh',
    street: 'Thôn Nà Pậu',
    ground: 'terraces',
    products: [k('gao-bao-thai'), k('mang-kho')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Miến dong',
    brand: 'Bản Quá',
    area: 'cho-don--nghia-ta',
    street: 'Thôn Bản Quá',
    ground: 'terraces',
    products: [k('mien-dong'), k('moc-nhi')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Đồng Quê',
    area: 'cho-don--bang-lung',
    street: 'Tổ 6',
    ground: 'terraces',
    products: [k('banh-chung-den'), k('thit-trau'), k('tuong-ot')],
  },
  {
    t: 'to-hop-tac',
    label: 'Dệt thổ cẩm',
    brand: 'Nà Chúa',
    area: 'cho-don--ban-thi',
    street: 'Thôn Nà Chúa',
    ground: 'terraces',
    products: [k('ao-cham'), k('khan-tho-cam'), k('tui-tho-cam')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông lâm nghiệp',
    brand: 'Phiêng Luông',
    area: 'cho-don--yen-phong',
    street: 'Thôn Phiêng Luông',
    ground: 'forest',
    products: [k('tinh-dau-que'), k('giao-co-lam')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Du lịch cộng đồng',
    brand: 'Khau Vạc',
    area: 'cho-don--xuan-lac',
    street: 'Thôn Khau Vạc',
    ground: 'forest',
    building: 'stilt-house',
    products: [k('du-lich'), k('mat-ong')],
  },
  // Chợ Mới
  {
    t: 'hop-tac-xa',
    label: 'Dược liệu',
    brand: 'Nà Cà',
    area: 'cho-moi--thanh-van',
    street: 'Thôn Nà Cà',
    ground: 'forest',
    products: [k('cao-ca-gai-leo'), k('tra-day'), k('dau-goi')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Chè Shan tuyết',
    brand: 'Bản Pjạc',
    area: 'cho-moi--yen-cu',
    street: 'Thôn Bản Pjạc',
    ground: 'tea-rows',
    products: [k('che-shan'), k('hong-tra')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nấm',
    brand: 'Khuổi Đắng',
    area: 'cho-moi--cao-ky',
    street: 'Thôn Khuổi Đắng',
    ground: 'forest',
    products: [k('nam-huong'), k('moc-nhi')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Bếp Nhà Mây',
    area: 'cho-moi--quang-chu',
    street: 'Thôn Nà Mây',
    ground: 'terraces',
    products: [k('tuong-ot'), k('mang-ot'), k('banh-coc-mo')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Nà Mố',
    area: 'cho-moi--nhu-co',
    street: 'Thôn Nà Mố',
    ground: 'terraces',
    products: [k('gao-nep'), k('banh-chung-den'), k('ruou-nep-cam')],
  },
  {
    t: 'to-hop-tac',
    label: 'Chăn nuôi',
    brand: 'Nà Ngò',
    area: 'cho-moi--hoa-muc',
    street: 'Thôn Nà Ngò',
    ground: 'forest',
    products: [k('ga-doi')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Cây ăn quả',
    brand: 'Bản Lắc',
    area: 'cho-moi--mai-lap',
    street: 'Thôn Bản Lắc',
    ground: 'orchard',
    products: [k('cam'), k('tinh-dau-sa')],
  },
  // Na Rì
  {
    t: 'hop-tac-xa',
    label: 'Miến dong',
    brand: 'Nà Khon',
    area: 'na-ri--cu-le',
    street: 'Thôn Nà Khon',
    ground: 'terraces',
    products: [
      {
        ...k('mien-dong', 5, { first: '2019-12', stars: [3, 4, 5], upgradeAfter: 24, status: 'valid' }),
        exportMarkets: ['CZ', 'DE'],
      },
      k('tinh-bot-dong'),
    ],
  },
  {
    t: 'hop-tac-xa',
    label: 'Miến dong',
    brand: 'Khuổi Mạ',
    area: 'na-ri--van-vu',
    street: 'Thôn Khuổi Mạ',
    ground: 'terraces',
    products: [k('mien-dong')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Nông nghiệp',
    brand: 'Bản Chang',
    area: 'na-ri--luong-thuong',
    street: 'Thôn Bản Chang',
    ground: 'terraces',
    products: [k('mien-dong'), k('mang-kho')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Hương Dong',
    area: 'na-ri--yen-lac',
    street: 'Tổ 2',
    ground: 'terraces',
    products: [k('lap-suon'), k('ruou-men-la'), k('thit-lon-treo')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Ong mật',
    brand: 'Lũng Phặc',
    area: 'na-ri--kim-hy',
    street: 'Thôn Lũng Phặc',
    ground: 'forest',
    products: [k('mat-ong', 4, { first: '2022-06', stars: 4, status: 'valid' }), k('vien-nghe')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Nà Diệc',
    area: 'na-ri--son-thanh',
    street: 'Thôn Nà Diệc',
    ground: 'forest',
    products: [k('choi-chit'), k('gio-may'), k('dan-tinh')],
  },
  {
    t: 'hop-tac-xa',
    label: 'Dược liệu',
    brand: 'Pác Cáp',
    area: 'na-ri--liem-thuy',
    street: 'Thôn Pác Cáp',
    ground: 'forest',
    products: [k('giao-co-lam'), k('tinh-bot-nghe'), k('xa-phong')],
  },
  {
    t: 'ho-kinh-doanh',
    brand: 'Hương Rừng',
    area: 'na-ri--kim-lu',
    street: 'Thôn Nà Lùng',
    ground: 'forest',
    products: [k('xa-phong'), k('dau-goi')],
  },
];

/** Founding year and size, seeded by the brand: cooperatives are older and larger than groups. */
function size(row: Row): Pick<ProducerSpec, 'founded' | 'members' | 'households'> {
  const rng = random(`producer-size:${row.brand}`);
  switch (row.t) {
    case 'hop-tac-xa':
      return { founded: rng.int(2008, 2020), members: rng.int(7, 35), households: rng.int(15, 180) };
    case 'to-hop-tac':
      return { founded: rng.int(2015, 2021), members: rng.int(3, 12), households: rng.int(5, 30) };
    case 'ho-kinh-doanh':
      return { founded: rng.int(2010, 2020) };
    case 'doanh-nghiep':
      return { founded: rng.int(2008, 2016), households: rng.int(20, 80) };
  }
}

export const inventedProducers: ProducerSpec[] = rows.map((row) => ({
  type: row.t,
  name: producerName(row.t, row.label ?? '', row.brand),
  brand: row.brand,
  area: row.area,
  street: row.street,
  ...size(row),
  ground: row.ground,
  building: row.building ?? (row.t === 'doanh-nghiep' || row.t === 'hop-tac-xa' ? 'workshop' : 'stilt-house'),
  products: row.products,
}));
