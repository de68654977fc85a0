/**
 * A national-scale catalogue for the search benchmark, made directly as search documents (no
 * pages to build): real OCOP product kinds, the province's real communes and the real groups,
 * with invented brands and producers, mapped by the site's own toSearchDocument. Deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProductView } from '../../src/lib/content/catalogue.ts';
import { addDays, certificateStatus, expiryDate } from '../../src/lib/content/certificate-status.ts';
import type { Area } from '../../src/lib/content/schemas/area.ts';
import { conceptSchema } from '../../src/lib/content/schemas/concept.ts';
import type { Group } from '../../src/lib/content/schemas/group.ts';
import type { ProducerType } from '../../src/lib/content/schemas/producer.ts';
import { type SearchDocument, toSearchDocument } from '../../src/lib/search/documents.ts';
import { slugify } from '../../src/lib/text/slugify.ts';
import { seededRandom } from '../lib/random.ts';

/** Product kinds as the sample names them: Vietnamese, English, QĐ 148 sub-group, main ingredient. */
const kinds: readonly [string, string, string, string][] = [
  ['Miến dong', 'arrowroot vermicelli', 'I.3.c', 'Tinh bột dong riềng'],
  ['Mật ong rừng', 'forest honey', 'I.2.b', 'Mật ong'],
  ['Trà hoa vàng', 'golden camellia tea', 'I.5.b', 'Hoa trà vàng'],
  ['Chè Shan tuyết', 'Shan Tuyết green tea', 'I.5.a', 'Búp chè'],
  ['Gạo nếp', 'glutinous rice', 'I.2.a', 'Lúa nếp'],
  ['Gạo bao thai', 'bao thai rice', 'I.2.a', 'Lúa bao thai'],
  ['Quýt', 'mandarins', 'I.1.a', 'Quýt'],
  ['Cam ngọt', 'sweet oranges', 'I.1.a', 'Cam'],
  ['Hồng không hạt', 'seedless persimmons', 'I.1.a', 'Hồng'],
  ['Bí xanh thơm', 'fragrant wax gourd', 'I.1.a', 'Bí xanh'],
  ['Măng khô', 'dried bamboo shoots', 'I.3.c', 'Măng'],
  ['Mộc nhĩ', 'wood ear mushrooms', 'I.3.c', 'Mộc nhĩ'],
  ['Nấm hương', 'shiitake mushrooms', 'I.3.c', 'Nấm hương'],
  ['Lạp sườn', 'cured sausages', 'I.3.d', 'Thịt lợn'],
  ['Thịt trâu gác bếp', 'smoked dried buffalo', 'I.3.d', 'Thịt trâu'],
  ['Bánh chưng đen', 'black sticky rice cake', 'I.3.b', 'Gạo nếp'],
  ['Tương ớt', 'chilli sauce', 'I.4.a', 'Ớt'],
  ['Hạt dổi', 'dổi seeds', 'I.4.b', 'Hạt dổi'],
  ['Rượu men lá', 'leaf-yeast rice spirit', 'II.1.a', 'Gạo nếp'],
  ['Nước ép quýt', 'mandarin juice', 'II.2.b', 'Quýt'],
  ['Tinh bột nghệ', 'turmeric starch', 'III.1', 'Nghệ'],
  ['Trà giảo cổ lam', 'jiaogulan tea', 'III.1', 'Giảo cổ lam'],
  ['Tinh dầu quế', 'cinnamon essential oil', 'III.3', 'Vỏ quế'],
  ['Xà phòng thảo dược', 'herbal soap', 'III.2', 'Thảo dược'],
  ['Khăn thổ cẩm', 'brocade scarf', 'IV.2', 'Sợi bông'],
  ['Giỏ mây tre đan', 'rattan and bamboo baskets', 'IV.1', 'Mây'],
  ['Lan kiếm', 'cymbidium orchids', 'V.1', 'Lan'],
  ['Đào cảnh', 'ornamental peach trees', 'V.2', 'Đào'],
  ['Homestay', 'homestay', 'VI', 'Nhà sàn'],
];

const brandParts = ['Nà', 'Khuổi', 'Bản', 'Phja', 'Lũng', 'Pác', 'Khau', 'Pù', 'Phiêng', 'Cốc'];
const brandEnds = [
  'Mạ',
  'Đăm',
  'Quá',
  'Slôm',
  'Tèo',
  'Chang',
  'Lịn',
  'Vài',
  'Cáp',
  'Mò',
  'Tộc',
  'Sli',
  'Hao',
  'Đông',
];
const producerKinds: readonly [ProducerType, string, string][] = [
  ['hop-tac-xa', 'Hợp tác xã', 'Cooperative'],
  ['hop-tac-xa', 'Hợp tác xã Nông nghiệp', 'Agricultural Cooperative'],
  ['ho-kinh-doanh', 'Hộ kinh doanh', 'Household business'],
  ['to-hop-tac', 'Tổ hợp tác', 'Cooperative group'],
  ['doanh-nghiep', 'Công ty TNHH', 'Company'],
];

/** Decisions from the first OCOP round in the province to the last: certificates of every status today. */
const FIRST_DECISION = '2019-01-01';
const DECISION_DAYS = 7 * 365;

export function syntheticCatalogue(count: number, contentDir: string, today: string): SearchDocument[] {
  const groups = JSON.parse(readFileSync(join(contentDir, 'groups.json'), 'utf8')) as Group[];
  const areas = JSON.parse(readFileSync(join(contentDir, 'areas.json'), 'utf8')) as Area[];
  const taxonomy = new Map(
    groups.flatMap((group) => group.subGroups.map((subGroup) => [subGroup.code, { group, subGroup }])),
  );
  const subGroups = new Set(taxonomy.keys());
  const concepts = conceptSchema({ subGroups })
    .array()
    .parse(JSON.parse(readFileSync(join(contentDir, 'concepts.json'), 'utf8')));
  const next = seededRandom(20_000).next;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const documents: SearchDocument[] = [];
  for (let i = 0; i < count; i++) {
    const [kindVi, kindEn, code, ingredient] = pick(kinds);
    const place = taxonomy.get(code);
    if (!place) throw new Error(`unknown sub-group ${code}`);
    const area = pick(areas);
    const brand = `${pick(brandParts)} ${pick(brandEnds)}`;
    const [type, producerVi, producerEn] = pick(producerKinds);
    // Like the province: mostly 3 stars, some 4, a few 5; some certificates expired, a few revoked.
    const roll = next();
    const stars = roll < 0.85 ? 3 : roll < 0.97 ? 4 : 5;
    const decisionDate = addDays(FIRST_DECISION, Math.floor(next() * DECISION_DAYS));
    const revokedOn = next() < 0.03 ? addDays(decisionDate, 200 + Math.floor(next() * 400)) : undefined;
    const certificate = {
      decisionDate,
      expiresOn: expiryDate({ decisionDate }),
      ...(revokedOn ? { revoked: { date: revokedOn, decision: `${i}/QĐ-UBND` } } : {}),
    };
    const min = 20_000 + Math.floor(next() * 40) * 10_000;
    const slug = `${slugify(`${kindVi} ${brand}`)}-${i}`;
    const view = {
      slug,
      stars,
      product: {
        name: { vi: `${kindVi} ${brand}`, en: `${brand} ${kindEn}` },
        story: {
          vi: `${kindVi} ${brand} làm từ ${ingredient.toLowerCase()} ở xã ${area.formerUnit}, huyện ${area.formerDistrict}, theo cách làm truyền thống của đồng bào Tày, Nùng, Dao.`,
          en: `${brand} ${kindEn}, made from local produce in ${area.formerUnit} commune, ${area.formerDistrict} district, the traditional way.`,
        },
        ingredients: [{ vi: ingredient }],
        price: { min, max: min * 2, per: { vi: 'gói', en: 'pack' } },
      },
      producer: {
        id: `chu-the-${i % 8000}`,
        data: {
          name: { vi: `${producerVi} ${brand}`, en: `${brand} ${producerEn}` },
          type,
        },
      },
      area,
      group: place.group,
      subGroup: place.subGroup,
      certificate: { ...certificate, status: certificateStatus(certificate, today) },
      certifications: [],
    } as unknown as ProductView;
    documents.push(toSearchDocument(view, { concepts }));
  }
  return documents;
}
