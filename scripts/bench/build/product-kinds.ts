/**
 * Kinds of product per QĐ 148 sub-group, the raw material of generated names, packs and prices.
 * Modelled on the province's real products (shared/domain/ocop.md); every figure is illustrative.
 */
import type { packUnits } from '../../../src/lib/content/schemas/product.ts';

type Text = { vi: string; en: string };

export interface ProductKind {
  name: Text;
  unit: (typeof packUnits)[number];
  amounts: readonly number[];
  /** Retail price of the smallest pack, VND. */
  price: number;
  ingredients: readonly Text[];
  shelfLifeMonths?: number;
}

const kind = (
  vi: string,
  en: string,
  unit: ProductKind['unit'],
  amounts: readonly number[],
  price: number,
  ingredients: readonly Text[],
  shelfLifeMonths?: number,
): ProductKind => ({
  name: { vi, en },
  unit,
  amounts,
  price,
  ingredients,
  ...(shelfLifeMonths ? { shelfLifeMonths } : {}),
});

const t = (vi: string, en: string): Text => ({ vi, en });

export const productKinds: Readonly<Record<string, readonly ProductKind[]>> = {
  'I.1.a': [
    kind('Cam sành', 'king oranges', 'kg', [1, 5], 35000, [t('Cam sành', 'King oranges')]),
    kind('Bí xanh thơm', 'fragrant winter melon', 'kg', [1, 3], 25000, [t('Bí xanh', 'Winter melon')]),
    kind('Hạt dẻ', 'chestnuts', 'kg', [0.5, 1], 90000, [t('Hạt dẻ', 'Chestnuts')], 6),
  ],
  'I.1.b': [
    kind('Thịt lợn đen', 'black pork', 'kg', [1], 160000, [t('Thịt lợn đen', 'Black pork')]),
    kind('Trứng gà đồi', 'hill-chicken eggs', 'hộp', [1], 45000, [t('Trứng gà', 'Chicken eggs')]),
  ],
  'I.2.a': [
    kind('Gạo nếp', 'glutinous rice', 'kg', [2, 5], 40000, [t('Gạo nếp', 'Glutinous rice')], 12),
    kind('Gạo Bao Thai', 'Bao Thai rice', 'kg', [5, 10], 25000, [t('Gạo Bao Thai', 'Bao Thai rice')], 12),
  ],
  'I.2.b': [
    kind('Mật ong rừng', 'wild honey', 'ml', [350, 500], 250000, [t('Mật ong rừng', 'Wild honey')], 24),
    kind('Mật ong hoa bạc hà', 'mint-flower honey', 'ml', [350], 220000, [t('Mật ong', 'Honey')], 24),
  ],
  'I.3.a': [
    kind(
      'Bánh gio',
      'ash rice cakes',
      'cái',
      [10],
      50000,
      [t('Gạo nếp', 'Glutinous rice'), t('Nước tro', 'Ash water')],
      1,
    ),
    kind(
      'Bánh chưng gù',
      'humped rice cakes',
      'cái',
      [1],
      40000,
      [t('Gạo nếp', 'Glutinous rice'), t('Thịt lợn', 'Pork')],
      1,
    ),
  ],
  'I.3.b': [
    kind('Bún khô', 'dried rice noodles', 'g', [500], 30000, [t('Gạo tẻ', 'Rice')], 12),
    kind('Phở khô', 'dried pho noodles', 'g', [500], 32000, [t('Gạo tẻ', 'Rice')], 12),
  ],
  'I.3.c': [
    kind(
      'Miến dong',
      'arrowroot vermicelli',
      'g',
      [500, 1000],
      60000,
      [t('Tinh bột dong riềng', 'Canna starch')],
      12,
    ),
    kind('Tinh bột nghệ', 'turmeric starch', 'g', [100, 500], 120000, [t('Nghệ nếp', 'Turmeric')], 24),
    kind('Mơ muối', 'salted apricots', 'g', [300], 55000, [t('Quả mơ', 'Apricots'), t('Muối', 'Salt')], 12),
  ],
  'I.3.d': [
    kind(
      'Lạp sườn',
      'cured sausage',
      'g',
      [500],
      150000,
      [t('Thịt lợn', 'Pork'), t('Rượu trắng', 'Rice spirit')],
      6,
    ),
    kind(
      'Thịt treo gác bếp',
      'smoked hanging pork',
      'g',
      [500],
      350000,
      [t('Thịt lợn', 'Pork'), t('Mắc khén', 'Mac khen pepper')],
      6,
    ),
  ],
  'I.4.a': [
    kind('Giấm chuối', 'banana vinegar', 'ml', [500], 45000, [t('Chuối tây', 'Bananas')], 24),
    kind('Tương ớt', 'chilli sauce', 'ml', [250], 35000, [t('Ớt', 'Chilli'), t('Tỏi', 'Garlic')], 12),
  ],
  'I.4.b': [
    kind('Hạt dổi', 'doi seeds', 'g', [100], 80000, [t('Hạt dổi', 'Doi seeds')], 24),
    kind(
      'Muối ớt rừng',
      'wild chilli salt',
      'g',
      [200],
      30000,
      [t('Muối', 'Salt'), t('Ớt rừng', 'Wild chilli')],
      12,
    ),
  ],
  'I.5.a': [
    kind(
      'Chè Shan tuyết',
      'Shan tuyet tea',
      'g',
      [100, 200],
      150000,
      [t('Búp chè Shan tuyết', 'Shan tuyet tea buds')],
      24,
    ),
    kind('Chè xanh', 'green tea', 'g', [200], 90000, [t('Búp chè', 'Tea buds')], 18),
  ],
  'I.5.b': [
    kind('Trà giảo cổ lam', 'jiaogulan tea', 'g', [100], 110000, [t('Giảo cổ lam', 'Jiaogulan')], 24),
    kind(
      'Trà hoa vàng',
      'golden camellia tea',
      'g',
      [50],
      300000,
      [t('Hoa trà vàng', 'Golden camellia flowers')],
      24,
    ),
    kind('Trà bí thơm', 'fragrant gourd tea', 'g', [200], 70000, [t('Bí thơm', 'Fragrant gourd')], 18),
  ],
  'I.6': [
    kind(
      'Cà phê rang xay',
      'ground roasted coffee',
      'g',
      [250, 500],
      120000,
      [t('Hạt cà phê', 'Coffee beans')],
      12,
    ),
  ],
  'II.1.a': [
    kind(
      'Rượu men lá',
      'leaf-yeast rice spirit',
      'ml',
      [500, 750],
      120000,
      [t('Gạo nếp', 'Glutinous rice'), t('Men lá', 'Leaf yeast')],
      60,
    ),
    kind('Rượu ngô', 'corn spirit', 'ml', [500], 90000, [t('Ngô', 'Corn'), t('Men lá', 'Leaf yeast')], 60),
  ],
  'II.1.b': [
    kind(
      'Rượu mơ',
      'apricot wine',
      'ml',
      [500],
      150000,
      [t('Quả mơ', 'Apricots'), t('Rượu gạo', 'Rice spirit')],
      60,
    ),
    kind(
      'Rượu chuối',
      'banana wine',
      'ml',
      [500],
      110000,
      [t('Chuối', 'Bananas'), t('Men lá', 'Leaf yeast')],
      36,
    ),
  ],
  'II.2.a': [
    kind(
      'Nước khoáng',
      'mineral water',
      'ml',
      [500, 1500],
      8000,
      [t('Nước khoáng thiên nhiên', 'Natural mineral water')],
      12,
    ),
  ],
  'II.2.b': [
    kind('Nước cam ép', 'orange juice', 'ml', [330], 25000, [t('Cam sành', 'King oranges')], 6),
    kind('Siro mơ', 'apricot syrup', 'ml', [500], 65000, [t('Quả mơ', 'Apricots'), t('Đường', 'Sugar')], 12),
  ],
  'III.1': [
    kind(
      'Cao cà gai leo',
      'Solanum procumbens extract',
      'g',
      [100],
      250000,
      [t('Cà gai leo', 'Solanum procumbens')],
      24,
    ),
    kind(
      'Viên nghệ mật ong',
      'turmeric and honey pills',
      'g',
      [200],
      180000,
      [t('Nghệ', 'Turmeric'), t('Mật ong', 'Honey')],
      24,
    ),
  ],
  'III.2': [
    kind(
      'Dầu gội thảo dược',
      'herbal shampoo',
      'ml',
      [300],
      95000,
      [t('Bồ kết', 'Soap pods'), t('Vỏ bưởi', 'Pomelo peel')],
      24,
    ),
    kind(
      'Xà phòng thảo dược',
      'herbal soap',
      'cái',
      [1, 3],
      35000,
      [t('Dầu dừa', 'Coconut oil'), t('Nghệ', 'Turmeric')],
      24,
    ),
  ],
  'III.3': [
    kind('Tinh dầu quế', 'cinnamon oil', 'ml', [10, 50], 90000, [t('Vỏ quế', 'Cinnamon bark')], 36),
    kind('Tinh dầu sả', 'lemongrass oil', 'ml', [10, 50], 70000, [t('Sả', 'Lemongrass')], 36),
  ],
  'IV.1': [
    kind('Giỏ mây tre đan', 'woven bamboo basket', 'cái', [1], 150000, [
      t('Tre', 'Bamboo'),
      t('Mây', 'Rattan'),
    ]),
    kind('Đũa tre', 'bamboo chopsticks', 'bộ', [1], 50000, [t('Tre', 'Bamboo')]),
  ],
  'IV.2': [
    kind('Khăn thổ cẩm', 'brocade scarf', 'cái', [1], 250000, [t('Sợi bông', 'Cotton yarn')]),
    kind('Túi thổ cẩm', 'brocade bag', 'cái', [1], 300000, [t('Vải thổ cẩm', 'Brocade')]),
  ],
  'V.1': [kind('Lan rừng', 'wild orchids', 'cái', [1], 350000, [t('Lan rừng', 'Wild orchids')])],
  'V.2': [
    kind('Cây trà hoa vàng', 'golden camellia plants', 'cái', [1], 200000, [t('Cây giống', 'Seedlings')]),
  ],
  'V.3': [kind('Gà tre cảnh', 'ornamental bantams', 'cái', [1], 500000, [t('Gà tre', 'Bantams')])],
  VI: [
    kind('Homestay', 'homestay', 'đêm', [1], 300000, []),
    kind('Du lịch cộng đồng', 'community tour', 'vé', [1], 450000, []),
  ],
};
