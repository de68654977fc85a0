/**
 * The rule that keeps certifications true (src/lib/content/certifications.ts): an indication or
 * mark only on a product of a kind it protects, from a place it protects.
 */
import { describe, expect, it } from 'vitest';
import {
  certificationProblem,
  coversKind,
  coversPlace,
  resolveCertifications,
} from '../../src/lib/content/certifications.ts';
import type { ProtectedName } from '../../src/lib/content/schemas/protected-name.ts';
import { area } from '../support/areas.ts';

const quyt: ProtectedName = {
  id: 'quyt-bac-kan',
  kind: 'geographical-indication',
  name: { vi: 'Quýt Bắc Kạn', en: 'Bắc Kạn mandarin' },
  covers: [{ group: 'I.1.a', name: { vi: 'Quýt', en: 'Mandarins' } }],
  where: { formerDistricts: [], formerCommunes: ['bach-thong--quang-thuan'] },
};
const gaoNep: ProtectedName = {
  id: 'gao-nep-khau-nua-lech-ngan-son',
  kind: 'collective-mark',
  name: { vi: 'Gạo nếp Khẩu Nua Lếch Ngân Sơn' },
  covers: [{ group: 'I.2.a', name: { vi: 'Gạo nếp Khẩu Nua Lếch' } }],
  where: { formerDistricts: ['ngan-son'], formerCommunes: [] },
};

const quangThuan = area('bach-thong--quang-thuan');
const viHuong = area('bach-thong--vi-huong');
const thuongQuan = area('ngan-son--thuong-quan');

const product = (vi: string, group: string) => ({ name: { vi }, group });

describe('coversKind', () => {
  it('covers a product of the sub-group whose name starts with the kind’s words', () => {
    expect(coversKind(quyt, product('Quýt Nà Lịn', 'I.1.a'))).toBe(true);
    expect(coversKind(quyt, product('Quýt', 'I.1.a'))).toBe(true);
    expect(coversKind(gaoNep, product('Gạo nếp Khẩu Nua Lếch Thượng Quan', 'I.2.a'))).toBe(true);
  });

  it('reads names whatever their case, spacing or Unicode form', () => {
    expect(coversKind(quyt, product('QUÝT  Nà Lịn', 'I.1.a'))).toBe(true);
    expect(coversKind(quyt, product('Quýt Nà Lịn'.normalize('NFD'), 'I.1.a'))).toBe(true);
  });

  it('does not cover what is made from the product, nor another sub-group, nor a longer word', () => {
    expect(coversKind(quyt, product('Nước ép quýt Nà Lịn', 'II.2.b'))).toBe(false);
    expect(coversKind(quyt, product('Quýt sấy Nà Lịn', 'I.3.c'))).toBe(false);
    expect(coversKind(quyt, product('Mật ong Nà Lẹng', 'I.2.b'))).toBe(false);
    expect(coversKind(gaoNep, product('Gạo nếp Nà Pán', 'I.2.a'))).toBe(false);
    expect(coversKind(quyt, product('Quýtxanh', 'I.1.a'))).toBe(false);
  });
});

describe('coversPlace', () => {
  it('covers a listed former commune, or any commune of a listed former district', () => {
    expect(coversPlace(quyt, quangThuan)).toBe(true);
    expect(coversPlace(quyt, viHuong)).toBe(false);
    expect(coversPlace(gaoNep, thuongQuan)).toBe(true);
    expect(coversPlace(gaoNep, quangThuan)).toBe(false);
  });
});

describe('certificationProblem', () => {
  it('lets a covered product carry the name', () => {
    expect(
      certificationProblem('geographical-indication', quyt, product('Quýt Nà Lịn', 'I.1.a'), quangThuan),
    ).toBe(undefined);
  });

  it('says which kinds the name protects when the product is another kind, and where to change it', () => {
    const problem = certificationProblem(
      'geographical-indication',
      quyt,
      product('Mật ong Nà Lẹng', 'I.2.b'),
      quangThuan,
    );
    expect(problem).toBe(
      '"Quýt Bắc Kạn" protects only Quýt (I.1.a); "Mật ong Nà Lẹng" (I.2.b) is not of that kind. ' +
        'Remove it from this product, or add the product\'s kind to "covers" of "quyt-bac-kan" in content/protected-names.json if the protection really includes it',
    );
  });

  it('names the producer’s place when it is outside the protected area', () => {
    expect(
      certificationProblem('geographical-indication', quyt, product('Quýt Vi Hương', 'I.1.a'), viHuong),
    ).toBe(
      '"Quýt Bắc Kạn" protects only products from the places under "where" of "quyt-bac-kan" in content/protected-names.json; ' +
        "this product's producer is in xã Vi Hương, huyện Bạch Thông, tỉnh Bắc Kạn (cũ). Remove it from this product, or correct the producer's address",
    );
  });

  it('catches an indication filed as a collective mark', () => {
    expect(certificationProblem('collective-mark', quyt, product('Quýt Nà Lịn', 'I.1.a'), quangThuan)).toBe(
      '"Quýt Bắc Kạn" is a geographical indication, not a collective mark: write "kind": "geographical-indication"',
    );
  });
});

describe('resolveCertifications', () => {
  const names = new Map([
    [quyt.id, quyt],
    [gaoNep.id, gaoNep],
  ]);

  it('looks up protected names and passes farming standards through', () => {
    const { certifications, problems } = resolveCertifications(
      {
        ...product('Quýt Nà Lịn', 'I.1.a'),
        certifications: [
          { kind: 'geographical-indication', protectedName: 'quyt-bac-kan' },
          { kind: 'vietgap', since: '2021-03-04' },
        ],
      },
      quangThuan,
      names,
    );
    expect(problems).toEqual([]);
    expect(certifications).toEqual([
      { kind: 'geographical-indication', protectedName: quyt },
      { kind: 'vietgap', since: '2021-03-04' },
    ]);
  });

  it('reports every broken claim with its index, so the build can name file and field', () => {
    const { problems } = resolveCertifications(
      {
        ...product('Mộc nhĩ Bản Quá', 'I.2.b'),
        certifications: [
          { kind: 'organic-pgs' },
          { kind: 'geographical-indication', protectedName: 'quyt-bac-kan' },
          { kind: 'collective-mark', protectedName: 'gao-nep-khau-nua-lech-ngan-son' },
        ],
      },
      quangThuan,
      names,
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^certifications\[1\]: "Quýt Bắc Kạn" protects only Quýt/);
    expect(problems[1]).toMatch(/^certifications\[2\]: "Gạo nếp Khẩu Nua Lếch Ngân Sơn" protects only/);
  });
});
