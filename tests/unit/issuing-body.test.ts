/** Issuing bodies in English (src/lib/format/issuer.ts): every body the sample's certificates name, and more. */
import { describe, expect, it } from 'vitest';
import { issuingBody } from '../../src/lib/format/issuer.ts';

const english = (issuedBy: string) => issuingBody(issuedBy).en;

describe('issuingBody', () => {
  it('translates provincial committees, before and after the 2025 merger', () => {
    expect(english('UBND tỉnh Bắc Kạn')).toBe("Bắc Kạn Provincial People's Committee");
    expect(english('UBND tỉnh Thái Nguyên')).toBe("Thái Nguyên Provincial People's Committee");
    expect(english('Ủy ban nhân dân tỉnh Bắc Kạn')).toBe("Bắc Kạn Provincial People's Committee");
  });

  it('translates the district and city committees that certified 3★ from 2023 to mid-2025', () => {
    expect(english('UBND huyện Na Rì')).toBe("Na Rì District People's Committee");
    expect(english('UBND huyện Chợ Đồn')).toBe("Chợ Đồn District People's Committee");
    expect(english('UBND thành phố Bắc Kạn')).toBe("Bắc Kạn City People's Committee");
    expect(english('UBND thị xã Sơn Tây')).toBe("Sơn Tây Town People's Committee");
  });

  it('translates the national bodies that certify 5★', () => {
    expect(english('Bộ Nông nghiệp và Phát triển nông thôn')).toBe(
      'Ministry of Agriculture and Rural Development',
    );
    expect(english('Bộ NN&PTNT')).toBe('Ministry of Agriculture and Rural Development');
    expect(english('Bộ Nông nghiệp và Môi trường')).toBe('Ministry of Agriculture and Environment');
    expect(english('Hội đồng đánh giá, phân hạng sản phẩm OCOP Trung ương')).toBe(
      'Central OCOP Evaluation Council',
    );
  });

  it('reads the name whatever its Unicode form and spacing', () => {
    expect(english(' UBND  tỉnh Bắc Kạn'.normalize('NFD'))).toBe("Bắc Kạn Provincial People's Committee");
  });

  it('keeps the Vietnamese as written and leaves an unknown body without English, to fall back visibly', () => {
    expect(issuingBody('UBND tỉnh Bắc Kạn').vi).toBe('UBND tỉnh Bắc Kạn');
    expect(issuingBody('Sở Công Thương Bắc Kạn')).toEqual({ vi: 'Sở Công Thương Bắc Kạn' });
  });
});
