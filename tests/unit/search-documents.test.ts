/** The search document of a product (src/lib/search/documents.ts). */
import { describe, expect, it } from 'vitest';
import type { ProductView } from '../../src/lib/content/catalogue.ts';
import { toSearchDocument } from '../../src/lib/search/documents.ts';

/** The parts of a catalogue view the mapping reads, as the catalogue builds them. */
function view(
  overrides: { en?: boolean; price?: boolean; status?: 'valid' | 'expired' | 'revoked' } = {},
): ProductView {
  const { en = true, price = true, status = 'valid' } = overrides;
  return {
    slug: 'mien-dong-tai-hoan',
    stars: 5,
    product: {
      name: en
        ? { vi: 'Miến dong Tài Hoan', en: 'Tài Hoan arrowroot vermicelli' }
        : { vi: 'Miến dong Tài Hoan' },
      story: { vi: 'Miến dong làm từ củ dong riềng.' },
      ingredients: [{ vi: 'Tinh bột dong riềng', en: 'Canna starch' }, { vi: 'Nước' }],
      ...(price ? { price: { min: 60000, max: 120000, per: { vi: 'gói', en: 'pack' } } } : {}),
    },
    producer: {
      id: 'htx-tai-hoan',
      data: {
        name: { vi: 'Hợp tác xã Tài Hoan', en: 'Tài Hoan Cooperative' },
        type: 'hop-tac-xa',
      },
    },
    area: { formerDistrictSlug: 'na-ri', formerUnit: 'Côn Minh', newUnit: 'Côn Minh' },
    group: { id: 'thuc-pham', name: { vi: 'Thực phẩm', en: 'Food' } },
    subGroup: { code: 'I.3.c', name: { vi: 'Chế biến từ rau, củ, quả, hạt', en: 'Processed vegetables' } },
    certificate: { status },
    certifications: [
      {
        kind: 'geographical-indication',
        protectedName: { name: { vi: 'Miến dong Bắc Kạn', en: 'Bắc Kạn arrowroot vermicelli' } },
      },
      { kind: 'vietgap' },
    ],
  } as unknown as ProductView;
}

describe('toSearchDocument', () => {
  it('keeps the facts once, with both languages side by side', () => {
    const doc = toSearchDocument(view());
    expect(doc).toMatchObject({
      id: 'mien-dong-tai-hoan',
      slug: 'mien-dong-tai-hoan',
      name: { vi: 'Miến dong Tài Hoan', en: 'Tài Hoan arrowroot vermicelli' },
      nameSort: 'mien dong tai hoan',
      producer: { vi: 'Hợp tác xã Tài Hoan', en: 'Tài Hoan Cooperative' },
      producerSlug: 'htx-tai-hoan',
      producerType: 'hop-tac-xa',
      group: 'thuc-pham',
      subGroup: 'I.3.c',
      district: 'na-ri',
      districtName: 'Na Rì',
      commune: 'Côn Minh',
      stars: 5,
      status: 'valid',
      statusRank: 0,
      ingredients: { vi: ['Tinh bột dong riềng', 'Nước'], en: ['Canna starch'] },
      certifications: ['Chỉ dẫn địa lý Miến dong Bắc Kạn', 'VietGAP'],
      price: { min: 60000, max: 120000, per: { vi: 'gói', en: 'pack' } },
      priceMin: 60000,
    });
  });

  it('leaves English out where the content has none, instead of copying the Vietnamese', () => {
    const doc = toSearchDocument(view({ en: false }));
    expect(doc.name).toEqual({ vi: 'Miến dong Tài Hoan' });
    expect(doc.story).toEqual({ vi: 'Miến dong làm từ củ dong riềng.' });
  });

  it('spells the names and places in Telex for the exact-accent boost and Telex leftovers', () => {
    const doc = toSearchDocument(view());
    expect(doc.accentKeys).toEqual([
      'mieesn dong taif hoan',
      'howjp tasc xax taif hoan',
      'na rif',
      'coon minh',
      'coon minh',
    ]);
    // Tone-last only where it differs: "Tài" is "taif" either way.
    expect(doc.telex).toBe('mieens howpj tacs');
  });

  it('ranks certificate statuses valid, expired, revoked', () => {
    expect(
      ['valid', 'expired', 'revoked'].map(
        (status) => toSearchDocument(view({ status: status as 'valid' })).statusRank,
      ),
    ).toEqual([0, 1, 2]);
  });

  it('carries a thumbnail only when given one, and no price fields without a price', () => {
    const thumbnail = { src: '/_astro/x.webp', width: 160, height: 120 };
    expect(toSearchDocument(view(), { thumbnail }).thumbnail).toEqual(thumbnail);
    const doc = toSearchDocument(view({ price: false }));
    expect('thumbnail' in doc || 'price' in doc || 'priceMin' in doc).toBe(false);
  });
});
