/**
 * The producers and products named in shared/domain/ocop.md, with the communes, districts and
 * stars given there. Founding years, member counts, villages and the months of certificates the
 * sources do not give are illustrative; the prose claims nothing beyond ocop.md.
 */

import type { Certificate } from './certificates.ts';
import { decisionIn } from './certificates.ts';
import type { ProducerSpec } from './spec.ts';

const TAI_HOAN_AREA = 'na-ri--con-minh';

const taiHoanCertificates: Certificate[] = [
  { stars: 4, score: 78, ...decisionIn('2019-05', 4, TAI_HOAN_AREA), criteria: 'QD1048', kind: 'new' },
  {
    stars: 5,
    score: 91.14,
    decision: '2890/QĐ-BNN-VPĐP',
    decisionDate: '2021-06-30',
    issuedBy: 'Bộ Nông nghiệp và Phát triển nông thôn',
    criteria: 'QD1048',
    kind: 'upgraded',
  },
  // Illustrative re-issue when the 2021 certificate ran out, so the product is valid today.
  { stars: 5, score: 92.06, ...decisionIn('2024-07', 5, TAI_HOAN_AREA), criteria: 'QD148', kind: 'reissued' },
];

const CZECHIA = {
  vi: 'Miến dong Tài Hoan đã được xuất khẩu sang Cộng hòa Séc.',
  en: 'Tài Hoan vermicelli has been exported to Czechia.',
};

export const realProducers: ProducerSpec[] = [
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Tài Hoan', en: 'Tài Hoan Cooperative' },
    brand: 'Tài Hoan',
    area: TAI_HOAN_AREA,
    street: 'Thôn Khuổi Cuồng',
    founded: 2014,
    members: 12,
    households: 300,
    story: {
      vi: 'Hợp tác xã Tài Hoan làm miến dong từ củ dong riềng trồng tại Côn Minh, Na Rì. Miến dong Tài Hoan đạt OCOP 4 sao rồi được Bộ Nông nghiệp và Phát triển nông thôn công nhận 5 sao năm 2021 (91,14 điểm), sản phẩm 5 sao đầu tiên của Bắc Kạn. Công suất của hợp tác xã đã tăng từ khoảng 10 tấn lên hơn 300 tấn mỗi năm; miến đã được xuất khẩu sang Cộng hòa Séc.',
      en: 'Tài Hoan Cooperative makes arrowroot vermicelli from canna tubers grown in Côn Minh, Na Rì. Its vermicelli was rated 4 stars, then 5 stars by the agriculture ministry in 2021 (91.14 points), the first 5-star product of Bắc Kạn. The cooperative has grown from about 10 to more than 300 tonnes a year, and its vermicelli has been exported to Czechia.',
    },
    ground: 'terraces',
    building: 'workshop',
    products: [
      {
        kind: 'mien-dong',
        name: { vi: 'Miến dong Tài Hoan', en: 'Tài Hoan arrowroot vermicelli' },
        stars: 5,
        certificates: taiHoanCertificates,
        capacity: { amount: 300, unit: 't' },
        exportMarkets: ['CZ'],
        certifications: [{ kind: 'geographical-indication', protectedName: 'mien-dong-bac-kan' }],
        featured: true,
        facts: [
          {
            vi: 'Năm 2021 sản phẩm được công nhận OCOP 5 sao với 91,14 điểm.',
            en: 'In 2021 it was rated a 5-star OCOP product with 91.14 points.',
          },
          CZECHIA,
        ],
      },
    ],
  },
  {
    real: true,
    type: 'doanh-nghiep',
    name: { vi: 'Công ty Curcumin Bắc Hà', en: 'Curcumin Bắc Hà Company' },
    brand: 'Bắc Hà',
    area: 'tp-bac-kan--nong-thuong',
    street: 'Thôn Nà Pài',
    founded: 2012,
    households: 60,
    story: {
      vi: 'Công ty Curcumin Bắc Hà ở xã Nông Thượng, thành phố Bắc Kạn, chế biến nghệ và dược liệu. Hai sản phẩm Vi-cumax Nano Curcumin và trà giảo cổ lam núi đá của công ty đạt OCOP 4 sao.',
      en: 'Curcumin Bắc Hà Company, in Nông Thượng, Bắc Kạn city, processes turmeric and medicinal plants. Its Vi-cumax Nano Curcumin and mountain jiaogulan tea are both 4-star OCOP products.',
    },
    ground: 'forest',
    building: 'workshop',
    products: [
      {
        kind: 'nano-curcumin',
        stars: 4,
        plan: { first: '2021-09', stars: 4, status: 'valid' },
        featured: true,
      },
      {
        kind: 'giao-co-lam',
        name: { vi: 'Trà giảo cổ lam núi đá', en: 'Mountain jiaogulan tea' },
        stars: 4,
        plan: { first: '2020-12', stars: 4, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Nông nghiệp Tân Thành', en: 'Tân Thành Agricultural Cooperative' },
    brand: 'Tân Thành',
    area: 'tp-bac-kan--nong-thuong',
    street: 'Thôn Tân Thành',
    founded: 2016,
    members: 9,
    households: 40,
    story: {
      vi: 'Hợp tác xã Nông nghiệp Tân Thành ở xã Nông Thượng, thành phố Bắc Kạn, trồng và chế biến nghệ. Tinh bột nghệ nếp đỏ và tinh bột nghệ nếp đen của hợp tác xã đều đạt OCOP 4 sao.',
      en: 'Tân Thành Agricultural Cooperative, in Nông Thượng, Bắc Kạn city, grows and processes turmeric. Its red and black turmeric starches are both 4-star OCOP products.',
    },
    ground: 'terraces',
    building: 'workshop',
    products: [
      {
        kind: 'tinh-bot-nghe',
        name: { vi: 'Tinh bột nghệ nếp đỏ', en: 'Red turmeric starch' },
        stars: 4,
        plan: { first: '2019-10', stars: 4, status: 'valid' },
      },
      {
        kind: 'tinh-bot-nghe',
        name: { vi: 'Tinh bột nghệ nếp đen', en: 'Black turmeric starch' },
        stars: 4,
        plan: { first: '2019-10', stars: 4, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'doanh-nghiep',
    name: { vi: 'Công ty TNHH Hà Diệp', en: 'Hà Diệp Co., Ltd.' },
    brand: 'Hà Diệp',
    area: 'tp-bac-kan--phung-chi-kien',
    street: 'Tổ 7',
    founded: 2017,
    story: {
      vi: 'Công ty TNHH Hà Diệp ở thành phố Bắc Kạn làm các loại trà thảo mộc. Trà hoa vàng và trà nụ vối của công ty đạt OCOP 4 sao năm 2022.',
      en: 'Hà Diệp Co., Ltd., in Bắc Kạn city, makes herbal teas. Its golden camellia tea and vối bud tea were rated 4-star OCOP products in 2022.',
    },
    ground: 'forest',
    building: 'workshop',
    products: [
      {
        kind: 'tra-hoa-vang',
        stars: 4,
        plan: { first: '2022-08', stars: 4, status: 'valid' },
        featured: true,
      },
      { kind: 'tra-nu-voi', stars: 4, plan: { first: '2022-08', stars: 4, status: 'valid' } },
    ],
  },
  {
    real: true,
    type: 'doanh-nghiep',
    name: { vi: 'Công ty Asuka Việt Nam', en: 'Asuka Vietnam Company' },
    brand: 'Asuka',
    // ocop.md does not say where Asuka works: the ward is illustrative.
    area: 'tp-bac-kan--xuat-hoa',
    street: 'Tổ 3',
    founded: 2015,
    story: {
      vi: 'Công ty Asuka Việt Nam làm rượu mơ; sản phẩm Rượu mơ Asuka đạt OCOP 4 sao.',
      en: 'Asuka Vietnam Company makes apricot liqueur; its Asuka apricot liqueur is a 4-star OCOP product.',
    },
    ground: 'orchard',
    building: 'workshop',
    products: [{ kind: 'ruou-mo', stars: 4, plan: { first: '2021-10', stars: 4, status: 'valid' } }],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Thanh Tâm', en: 'Thanh Tâm Cooperative' },
    brand: 'Thanh Tâm',
    area: 'cho-don--bang-phuc',
    street: 'Thôn Nà Bay',
    founded: 2013,
    members: 8,
    story: {
      vi: 'Hợp tác xã Thanh Tâm ở xã Bằng Phúc, huyện Chợ Đồn, nấu rượu men lá. Rượu men lá Thanh Tâm đạt OCOP 4 sao và đã được xuất khẩu sang Nhật Bản.',
      en: 'Thanh Tâm Cooperative, in Bằng Phúc, Chợ Đồn, distils leaf-yeast rice spirit. Its Thanh Tâm spirit is a 4-star OCOP product and has been exported to Japan.',
    },
    ground: 'terraces',
    building: 'stilt-house',
    products: [
      {
        kind: 'ruou-men-la',
        name: { vi: 'Rượu men lá Thanh Tâm', en: 'Thanh Tâm leaf-yeast rice spirit' },
        stars: 4,
        plan: { first: '2020-12', stars: 4, status: 'valid' },
        exportMarkets: ['JP'],
        featured: true,
        facts: [{ vi: 'Sản phẩm đã được xuất khẩu sang Nhật Bản.', en: 'It has been exported to Japan.' }],
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Bằng Phúc', en: 'Bằng Phúc Cooperative' },
    brand: 'Bằng Phúc',
    area: 'cho-don--bang-phuc',
    street: 'Thôn Phja Khao',
    founded: 2015,
    members: 10,
    story: {
      vi: 'Hợp tác xã Bằng Phúc ở xã Bằng Phúc, huyện Chợ Đồn, nấu rượu men lá; Rượu men lá Bằng Phúc đạt OCOP 4 sao.',
      en: 'Bằng Phúc Cooperative, in Bằng Phúc, Chợ Đồn, distils leaf-yeast rice spirit; its Bằng Phúc spirit is a 4-star OCOP product.',
    },
    ground: 'terraces',
    building: 'stilt-house',
    products: [
      {
        kind: 'ruou-men-la',
        name: { vi: 'Rượu men lá Bằng Phúc', en: 'Bằng Phúc leaf-yeast rice spirit' },
        stars: 4,
        plan: { first: '2021-06', stars: 4, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Yến Dương', en: 'Yến Dương Cooperative' },
    brand: 'Yến Dương',
    area: 'ba-be--yen-duong',
    street: 'Thôn Pác Châm',
    founded: 2017,
    members: 11,
    households: 35,
    story: {
      vi: 'Hợp tác xã Yến Dương ở xã Yến Dương, huyện Ba Bể, trồng bí xanh thơm theo hướng hữu cơ (PGS) và VietGAP, và làm trà bí thơm đạt OCOP 4 sao.',
      en: 'Yến Dương Cooperative, in Yến Dương, Ba Bể, grows fragrant wax gourd to organic (PGS) and VietGAP standards and makes a 4-star OCOP gourd tea.',
    },
    ground: 'terraces',
    building: 'stilt-house',
    products: [
      {
        kind: 'tra-bi-thom',
        name: { vi: 'Trà bí thơm Yến Dương', en: 'Yến Dương fragrant gourd tea' },
        stars: 4,
        // ocop.md lists the standards with the tea, grown from the cooperative's own gourds.
        certifications: [
          { kind: 'organic-pgs', since: '2020-06-15' },
          { kind: 'vietgap', since: '2019-09-20' },
        ],
        plan: { first: '2021-11', stars: 4, status: 'valid' },
        featured: true,
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Nhung Lũy', en: 'Nhung Lũy Cooperative' },
    brand: 'Nhung Lũy',
    area: 'ba-be--dia-linh',
    street: 'Thôn Nà Làng',
    founded: 2018,
    members: 8,
    households: 50,
    story: {
      vi: 'Hợp tác xã Nhung Lũy ở xã Địa Linh, huyện Ba Bể, trồng bí xanh thơm; sản phẩm có mặt ở các siêu thị Co.opmart, WinMart và Lotte Mart.',
      en: 'Nhung Lũy Cooperative, in Địa Linh, Ba Bể, grows fragrant wax gourd, sold in Co.opmart, WinMart and Lotte Mart supermarkets.',
    },
    ground: 'terraces',
    building: 'stilt-house',
    products: [
      {
        kind: 'bi-xanh',
        name: { vi: 'Bí xanh thơm Nhung Lũy', en: 'Nhung Lũy fragrant wax gourd' },
        // ocop.md does not give its stars: 3★ is illustrative.
        stars: 3,
        plan: { first: '2021-11', stars: 3, status: 'valid' },
        outlets: [
          { kind: 'supermarket', name: 'Co.opmart' },
          { kind: 'supermarket', name: 'WinMart' },
          { kind: 'supermarket', name: 'Lotte Mart' },
        ],
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Khẩu Nua Lếch Thượng Quan', en: 'Khẩu Nua Lếch Thượng Quan Cooperative' },
    brand: 'Thượng Quan',
    area: 'ngan-son--thuong-quan',
    street: 'Thôn Nà Kha',
    founded: 2015,
    members: 15,
    households: 120,
    story: {
      vi: 'Hợp tác xã Khẩu Nua Lếch Thượng Quan ở xã Thượng Quan, huyện Ngân Sơn, trồng giống nếp Khẩu Nua Lếch mang nhãn hiệu tập thể Gạo nếp Khẩu Nua Lếch Ngân Sơn (2015). Gạo nếp của hợp tác xã đạt OCOP 3 sao năm 2018.',
      en: 'Khẩu Nua Lếch Thượng Quan Cooperative, in Thượng Quan, Ngân Sơn, grows Khẩu Nua Lếch sticky rice under the collective mark Gạo nếp Khẩu Nua Lếch Ngân Sơn (2015). Its rice was rated 3 stars in 2018.',
    },
    ground: 'terraces',
    building: 'stilt-house',
    products: [
      {
        kind: 'gao-nep-knl',
        name: { vi: 'Gạo nếp Khẩu Nua Lếch', en: 'Khẩu Nua Lếch glutinous rice' },
        plan: { first: '2018-12', stars: 3, status: 'valid' },
        certifications: [{ kind: 'collective-mark', protectedName: 'gao-nep-khau-nua-lech-ngan-son' }],
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Quỳnh Niên', en: 'Quỳnh Niên Cooperative' },
    brand: 'Quỳnh Niên',
    // ocop.md gives the district only: the commune is illustrative.
    area: 'ngan-son--van-tung',
    street: 'Tiểu khu 2',
    founded: 2016,
    members: 7,
    story: {
      vi: 'Hợp tác xã Quỳnh Niên ở huyện Ngân Sơn làm bún khô và phở khô, cả hai đạt OCOP 3 sao.',
      en: 'Quỳnh Niên Cooperative, in Ngân Sơn district, makes dried rice noodles and dried phở, both 3-star OCOP products.',
    },
    ground: 'terraces',
    building: 'workshop',
    products: [
      {
        kind: 'bun-kho',
        name: { vi: 'Bún khô Quỳnh Niên', en: 'Quỳnh Niên dried rice noodles' },
        plan: { first: '2019-12', stars: 3, status: 'valid' },
      },
      {
        kind: 'pho-kho',
        name: { vi: 'Phở khô Quỳnh Niên', en: 'Quỳnh Niên dried phở noodles' },
        plan: { first: '2019-12', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Dược liệu Bảo Châu', en: 'Bảo Châu Herbal Cooperative' },
    brand: 'Bảo Châu',
    area: 'na-ri--van-lang',
    street: 'Thôn Pàn Xả',
    founded: 2017,
    members: 7,
    households: 25,
    story: {
      vi: 'Hợp tác xã Dược liệu Bảo Châu ở xã Văn Lang, huyện Na Rì, trồng cà gai leo và làm trà cà gai leo, đạt OCOP 3 sao năm 2019.',
      en: 'Bảo Châu Herbal Cooperative, in Văn Lang, Na Rì, grows cà gai leo and makes a herbal tea from it, rated 3 stars in 2019.',
    },
    ground: 'forest',
    building: 'workshop',
    products: [
      {
        kind: 'tra-ca-gai-leo',
        name: { vi: 'Trà cà gai leo Bảo Châu', en: 'Bảo Châu cà gai leo herbal tea' },
        plan: { first: '2019-11', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Nông nghiệp sạch Tân Sơn', en: 'Tân Sơn Clean Agriculture Cooperative' },
    brand: 'Tân Sơn',
    area: 'cho-moi--tan-son',
    street: 'Thôn Khuổi Hẻo',
    founded: 2016,
    members: 9,
    households: 45,
    story: {
      vi: 'Hợp tác xã Nông nghiệp sạch Tân Sơn ở xã Tân Sơn, huyện Chợ Mới, trồng lúa nếp; Gạo nếp Tân Sơn đạt OCOP 3 sao năm 2019.',
      en: 'Tân Sơn Clean Agriculture Cooperative, in Tân Sơn, Chợ Mới, grows sticky rice; its Tân Sơn glutinous rice was rated 3 stars in 2019.',
    },
    ground: 'terraces',
    building: 'stilt-house',
    products: [{ kind: 'gao-nep', plan: { first: '2019-11', stars: 3, status: 'valid' } }],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Chè Shan tuyết Bản Cháo', en: 'Bản Cháo Shan Tuyết Tea Cooperative' },
    brand: 'Bản Cháo',
    area: 'cho-moi--yen-cu',
    street: 'Thôn Bản Cháo',
    founded: 2016,
    members: 10,
    households: 30,
    story: {
      vi: 'Hợp tác xã Chè Shan tuyết Bản Cháo ở xã Yên Cư, huyện Chợ Mới, làm chè từ cây chè Shan tuyết; Trà Shan tuyết Khau Bjooc đạt OCOP 3 sao năm 2018 và được công nhận lại năm 2021.',
      en: 'Bản Cháo Shan Tuyết Tea Cooperative, in Yên Cư, Chợ Mới, makes tea from Shan Tuyết trees; its Khau Bjooc tea was rated 3 stars in 2018 and again in 2021.',
    },
    ground: 'tea-rows',
    building: 'stilt-house',
    products: [
      {
        kind: 'che-shan',
        name: { vi: 'Trà Shan tuyết Khau Bjooc', en: 'Khau Bjooc Shan Tuyết tea' },
        plan: { first: '2018-12', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Thành Đạt', en: 'Thành Đạt Cooperative' },
    brand: 'Thành Đạt',
    area: 'cho-moi--nong-ha',
    street: 'Thôn Khe Thỉ',
    founded: 2017,
    members: 7,
    households: 20,
    story: {
      vi: 'Hợp tác xã Thành Đạt ở xã Nông Hạ, huyện Chợ Mới, nuôi ong lấy mật rừng; Mật ong rừng Thành Đạt đạt OCOP 3 sao.',
      en: 'Thành Đạt Cooperative, in Nông Hạ, Chợ Mới, keeps bees for forest honey; its forest honey is a 3-star OCOP product.',
    },
    ground: 'forest',
    building: 'stilt-house',
    products: [
      {
        kind: 'mat-ong',
        name: { vi: 'Mật ong rừng Thành Đạt', en: 'Thành Đạt forest honey' },
        plan: { first: '2020-12', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'ho-kinh-doanh',
    name: { vi: 'Hộ kinh doanh Bánh Quê Chợ Mới', en: 'Bánh Quê Chợ Mới Household Business' },
    brand: 'Chợ Mới',
    // ocop.md names household businesses in Chợ Mới; the business name and township are illustrative.
    area: 'cho-moi--dong-tam',
    street: 'Tổ 4',
    founded: 2015,
    story: {
      vi: 'Hộ kinh doanh ở huyện Chợ Mới làm bánh gio và cơm lam theo cách truyền thống; hai sản phẩm đạt OCOP 3 sao năm 2021.',
      en: 'A household business in Chợ Mới district makes ash-water rice cakes and bamboo-tube rice the traditional way; both were rated 3 stars in 2021.',
    },
    ground: 'forest',
    building: 'stilt-house',
    products: [
      {
        kind: 'banh-gio',
        name: { vi: 'Bánh gio Chợ Mới', en: 'Chợ Mới ash-water rice cakes' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
      },
      {
        kind: 'com-lam',
        name: { vi: 'Cơm lam Chợ Mới', en: 'Chợ Mới bamboo-tube sticky rice' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'ho-kinh-doanh',
    name: { vi: 'Hộ kinh doanh Vườn cam Thanh Mai', en: 'Thanh Mai Orange Garden Household Business' },
    brand: 'Thanh Mai',
    area: 'cho-moi--thanh-mai',
    street: 'Thôn Nà Chang',
    founded: 2014,
    story: {
      vi: 'Hộ kinh doanh trồng cam ở xã Thanh Mai, huyện Chợ Mới; Cam ngọt Thanh Mai đạt OCOP 3 sao năm 2021.',
      en: 'A household business growing oranges in Thanh Mai, Chợ Mới; its Thanh Mai sweet oranges were rated 3 stars in 2021.',
    },
    ground: 'orchard',
    building: 'stilt-house',
    products: [
      {
        kind: 'cam',
        name: { vi: 'Cam ngọt Thanh Mai', en: 'Thanh Mai sweet oranges' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'ho-kinh-doanh',
    name: { vi: 'Hộ kinh doanh Nhà hàng Bếp Núi', en: 'Bếp Núi Restaurant Household Business' },
    brand: 'Bắc Kạn',
    // ocop.md: "a restaurant business" in TP Bắc Kạn; its name and ward are illustrative.
    area: 'tp-bac-kan--duc-xuan',
    street: 'Tổ 10',
    founded: 2012,
    story: {
      vi: 'Một cơ sở nhà hàng ở thành phố Bắc Kạn làm lạp sườn và thịt treo gác bếp; hai sản phẩm đạt OCOP 3 sao năm 2021.',
      en: 'A restaurant business in Bắc Kạn city makes cured sausages and smoked hanging pork; both were rated 3 stars in 2021.',
    },
    ground: 'forest',
    building: 'workshop',
    products: [
      {
        kind: 'lap-suon',
        name: { vi: 'Lạp sườn Bắc Kạn', en: 'Bắc Kạn cured sausages' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
      },
      {
        kind: 'thit-lon-treo',
        name: { vi: 'Thịt treo gác bếp Bắc Kạn', en: 'Bắc Kạn smoked hanging pork' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'hop-tac-xa',
    name: { vi: 'Hợp tác xã Tân Dân', en: 'Tân Dân Cooperative' },
    brand: 'Tân Dân',
    // ocop.md gives TP Bắc Kạn; the ward is illustrative.
    area: 'tp-bac-kan--huyen-tung',
    street: 'Tổ 1',
    founded: 2017,
    members: 7,
    story: {
      vi: 'Hợp tác xã Tân Dân ở thành phố Bắc Kạn làm rượu chuối men lá và giấm chuối; hai sản phẩm đạt OCOP 3 sao năm 2021.',
      en: 'Tân Dân Cooperative, in Bắc Kạn city, makes leaf-yeast banana liquor and banana vinegar; both were rated 3 stars in 2021.',
    },
    ground: 'orchard',
    building: 'workshop',
    products: [
      {
        kind: 'ruou-chuoi',
        name: { vi: 'Rượu chuối men lá Tân Dân', en: 'Tân Dân leaf-yeast banana liquor' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
      },
      {
        kind: 'giam-chuoi',
        name: { vi: 'Giấm chuối Tân Dân', en: 'Tân Dân banana vinegar' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'to-hop-tac',
    name: { vi: 'Tổ hợp tác Quân Hà', en: 'Quân Hà Cooperative Group' },
    brand: 'Quân Hà',
    area: 'bach-thong--quan-ha',
    street: 'Thôn Nà Phung',
    founded: 2019,
    members: 6,
    story: {
      vi: 'Tổ hợp tác Quân Hà ở huyện Bạch Thông làm trà hoa đu đủ đực, đạt OCOP 3 sao năm 2022.',
      en: 'Quân Hà Cooperative Group, in Bạch Thông district, makes male papaya flower tea, rated 3 stars in 2022.',
    },
    ground: 'orchard',
    building: 'stilt-house',
    products: [
      {
        kind: 'tra-hoa-du-du',
        name: { vi: 'Trà hoa đu đủ đực Quân Hà', en: 'Quân Hà male papaya flower tea' },
        plan: { first: '2022-10', stars: 3, status: 'valid' },
      },
    ],
  },
  {
    real: true,
    type: 'ho-kinh-doanh',
    name: { vi: 'Hộ kinh doanh Homestay Nam Mẫu', en: 'Nam Mẫu Homestay Household Business' },
    brand: 'Nam Mẫu',
    area: 'ba-be--nam-mau',
    street: 'Bản Pác Ngòi',
    founded: 2010,
    story: {
      vi: 'Các hộ gia đình ở xã Nam Mẫu, huyện Ba Bể, đón khách du lịch cộng đồng bên hồ Ba Bể; dịch vụ homestay đạt OCOP 3 sao năm 2021 (nhóm VI, du lịch cộng đồng).',
      en: 'Households in Nam Mẫu, Ba Bể, welcome community-tourism guests by Ba Bể lake; the homestay was rated 3 stars in 2021 (group VI, community tourism).',
    },
    ground: 'lake',
    building: 'stilt-house',
    products: [
      {
        kind: 'homestay',
        name: { vi: 'Homestay cộng đồng Nam Mẫu', en: 'Nam Mẫu community homestay' },
        plan: { first: '2021-10', stars: 3, status: 'valid' },
        featured: true,
      },
    ],
  },
];
