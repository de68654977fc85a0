/** Stories for products and producers, in Vietnamese and English, from the facts of the spec. */
import type { Certification } from '../../src/lib/content/schemas/certification.ts';
import { area } from './areas.ts';
import { protectedNames } from './certifications.ts';
import type { Kind, Text } from './kinds.ts';
import type { ProducerSpec, ProductSpec } from './spec.ts';

/** "xã Côn Minh, huyện Na Rì" / "Côn Minh commune, Na Rì district": the former place, as certificates name it. */
export function place(areaId: string): Text {
  const a = area(areaId);
  const unitEn = { xã: 'commune', phường: 'ward', 'thị trấn': 'town' }[a.formerKind];
  const city = a.formerDistrictSlug === 'tp-bac-kan';
  return {
    vi: `${a.formerKind} ${a.formerUnit}, ${city ? 'thành phố Bắc Kạn' : `huyện ${a.formerDistrict}`}`,
    en: `${a.formerUnit} ${unitEn}, ${city ? 'Bắc Kạn city' : `${a.formerDistrict} district`}`,
  };
}

const sentence = (template: string, name: string, where: string) =>
  template.replace('{name}', name).replace('{place}', where);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sentences into one paragraph; a name ending in "Ltd." does not get a second full stop. */
const joinSentences = (parts: Text[]): Text => ({
  vi: parts.map((p) => p.vi.replace(/\.\.$/, '.')).join(' '),
  en: parts.map((p) => p.en.replace(/\.\.$/, '.')).join(' '),
});

/** What a product's certifications say, in a sentence each: its protected names, then its standards. */
function certificationSentences(certifications: readonly Certification[]): Text[] {
  const marks = certifications.flatMap((c) => {
    const mark = c.protectedName ? protectedNames.get(c.protectedName) : undefined;
    if (!mark) return [];
    const what =
      mark.kind === 'geographical-indication'
        ? { vi: 'chỉ dẫn địa lý', en: 'geographical indication' }
        : { vi: 'nhãn hiệu tập thể', en: 'collective mark' };
    return [
      {
        vi: `Sản phẩm được dùng ${what.vi} "${mark.name.vi}".`,
        en: `It carries the "${mark.name.vi}" (${mark.name.en}) ${what.en}.`,
      },
    ];
  });
  const kinds = new Set(certifications.map((c) => c.kind));
  const standards = [
    ...(kinds.has('vietgap') ? [{ vi: 'VietGAP', en: 'VietGAP' }] : []),
    ...(kinds.has('organic-pgs') ? [{ vi: 'hữu cơ (PGS)', en: 'organic (PGS)' }] : []),
  ];
  if (standards.length === 0) return marks;
  return [
    ...marks,
    {
      vi: `Sản phẩm được chứng nhận ${standards.map((x) => x.vi).join(' và ')}.`,
      en: `It is certified ${standards.map((x) => x.en).join(' and ')}.`,
    },
  ];
}

export function productStory(
  spec: ProductSpec,
  kind: Kind,
  name: Text,
  producer: ProducerSpec,
  certifications: readonly Certification[],
): Text {
  if (spec.story) return spec.story;
  const where = place(producer.area);
  const tourism = kind.group === 'VI';
  const parts: Text[] = [];
  if (producer.real) {
    // Named products: say only what shared/domain/ocop.md says, plus what the kind of product is.
    parts.push({
      vi: `${name.vi} là sản phẩm OCOP của ${producer.name.vi} ở ${where.vi}.`,
      en: `${capitalise(name.en)} is an OCOP product of ${producer.name.en} in ${where.en}.`,
    });
  } else {
    parts.push({
      vi: sentence(kind.made.vi, name.vi, where.vi),
      en: capitalise(sentence(kind.made.en, name.en, where.en)),
    });
    // Growers supply farm, forest and herbal produce; crafts, plants and bottled water have no such suppliers.
    const grown = /^(I\.|II\.1|II\.2\.b|III)/.test(kind.group);
    const households =
      grown && producer.households && producer.households > 1 ? producer.households : undefined;
    parts.push(
      tourism
        ? {
            vi: `${producer.name.vi} đón khách quanh năm.`,
            en: `${producer.name.en} welcomes guests all year round.`,
          }
        : households
          ? {
              vi: `${producer.name.vi} làm ra sản phẩm cùng khoảng ${households} hộ cung cấp nguyên liệu.`,
              en: `${producer.name.en} makes this product with about ${households} households supplying the raw material.`,
            }
          : {
              vi: `Sản phẩm do ${producer.name.vi} làm ra.`,
              en: `This product is made by ${producer.name.en}.`,
            },
    );
    parts.push(...certificationSentences(certifications));
  }
  parts.push(kind.use, ...(spec.facts ?? []));
  return joinSentences(parts);
}

const typePhrase: Record<ProducerSpec['type'], (p: ProducerSpec) => Text> = {
  'hop-tac-xa': (p) => ({
    vi: `Hợp tác xã có ${p.members} thành viên${p.households ? ` và liên kết với khoảng ${p.households} hộ trồng, cung cấp nguyên liệu` : ''}.`,
    en: `The cooperative has ${p.members} members${p.households ? ` and works with about ${p.households} households that grow and supply the raw material` : ''}.`,
  }),
  'to-hop-tac': (p) => ({
    vi: `Tổ gồm ${p.members} thành viên cùng làm và chia sẻ máy móc, nhãn mác.`,
    en: `The group's ${p.members} members work together and share machinery and labels.`,
  }),
  'ho-kinh-doanh': () => ({
    vi: 'Đây là cơ sở sản xuất của gia đình, làm theo cách truyền thống với quy mô nhỏ.',
    en: 'It is a family workshop, working the traditional way on a small scale.',
  }),
  'doanh-nghiep': (p) => ({
    vi: `Công ty thu mua nguyên liệu của khoảng ${p.households} hộ trong vùng và có xưởng chế biến riêng.`,
    en: `The company buys raw material from about ${p.households} local households and runs its own processing workshop.`,
  }),
};

export function producerStory(p: ProducerSpec, productNames: Text[]): Text {
  if (p.story) return p.story;
  const where = place(p.area);
  const parts: Text[] = [
    {
      vi: `${p.name.vi} được thành lập năm ${p.founded} tại ${p.street.charAt(0).toLowerCase()}${p.street.slice(1)}, ${where.vi}.`,
      en: `${p.name.en} was founded in ${p.founded} in ${p.street}, ${where.en}.`,
    },
    typePhrase[p.type](p),
    {
      vi: `Sản phẩm OCOP: ${productNames.map((n) => n.vi).join(', ')}.`,
      en: `OCOP products: ${productNames.map((n) => n.en).join(', ')}.`,
    },
  ];
  return joinSentences(parts);
}
