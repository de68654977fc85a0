/** The search document of a product (src/lib/search/documents.ts). */
import { describe, expect, it } from 'vitest';
import type { ProductView } from '../../src/lib/content/catalogue.ts';
import type { CertificateStatus } from '../../src/lib/content/certificate-status.ts';
import type { Concept } from '../../src/lib/content/schemas/concept.ts';
import { toSearchDocument } from '../../src/lib/search/documents.ts';

/** The parts of a catalogue view the mapping reads, as the catalogue builds them. */
function view(
  overrides: { en?: boolean; price?: boolean; status?: CertificateStatus; revoked?: string } = {},
): ProductView {
  const { en = true, price = true, status = 'valid', revoked } = overrides;
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
    certificate: {
      decisionDate: '2024-12-27',
      expiresOn: '2027-12-27',
      ...(revoked ? { revoked: { date: revoked, decision: '12/QĐ-UBND' } } : {}),
      status,
    },
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
      expiryDay: 20271227,
      statusRank: 0,
      concepts: { vi: [], en: [] },
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

  it('carries the certificate as dates, never as a status: the expiry day and any revocation day', () => {
    const doc = toSearchDocument(view({ status: 'revoked', revoked: '2026-01-20' }));
    expect(doc).toMatchObject({ expiryDay: 20271227, revocationDay: 20260120 });
    expect('status' in doc).toBe(false);
    expect('revocationDay' in toSearchDocument(view())).toBe(false);
  });

  it('ranks current certificates (expiring too) first, then expired, then revoked, as on the build day', () => {
    expect(
      (['valid', 'expiring', 'expired', 'revoked'] as const).map(
        (status) => toSearchDocument(view({ status })).statusRank,
      ),
    ).toEqual([0, 0, 1, 2]);
  });

  it('carries the terms of the concepts that name the product, and spells them in Telex too', () => {
    const concept = (id: string, rest: Partial<Concept>): Concept => ({
      id,
      terms: { vi: [id], en: [`${id} (en)`] },
      codes: [],
      nameWords: [],
      everything: false,
      ...rest,
    });
    const doc = toSearchDocument(view(), {
      concepts: [
        concept('đồ khô', { nameWords: ['miến'] }),
        concept('quà Tết', { codes: ['I.3'] }),
        concept('thảo dược', { codes: ['III', 'I.5.b'] }),
      ],
    });
    expect(doc.concepts).toEqual({ vi: ['đồ khô', 'quà Tết'], en: ['đồ khô (en)', 'quà Tết (en)'] });
    expect(doc.accentKeys.slice(-2)).toEqual(['ddoof khoo', 'quaf teest']);
  });

  it('carries a thumbnail only when given one, and no price fields without a price', () => {
    const thumbnail = { src: '/_astro/x.webp', width: 160, height: 120 };
    expect(toSearchDocument(view(), { thumbnail }).thumbnail).toEqual(thumbnail);
    const doc = toSearchDocument(view({ price: false }));
    expect('thumbnail' in doc || 'price' in doc || 'priceMin' in doc).toBe(false);
  });
});
