/** How the importer reads what people type: names, numbers, stars and the decision's citation line. */
import { describe, expect, it } from 'vitest';
import { cellNumber, cellStars, cellText } from '../../src/lib/registry/cells.ts';
import { isNationalIssuer, issuerName, parseCitation, parseDate } from '../../src/lib/registry/citation.ts';
import { nameKey, producerDisplayName, producerTypeOf } from '../../src/lib/registry/names.ts';

describe('names', () => {
  it.each([
    ['HTX Nông nghiệp Phú Sơn', 'Hợp tác xã Nông nghiệp Phú Sơn'],
    ['Hợp tác xã NN Phú Sơn', 'Hợp tác xã Nông nghiệp Phú Sơn'],
    ['  hợp tác   xã nông nghiệp PHÚ SƠN ', 'Hợp tác xã Nông nghiệp Phú Sơn'],
    ['Cty TNHH Hà Diệp', 'Công ty Hà Diệp'],
    ['THT Dệt thổ cẩm Nà Chúa', 'Tổ hợp tác Dệt thổ cẩm Nà Chúa'],
    ['HKD Bếp Tày', 'Hộ kinh doanh Bếp Tày'],
    ['Trà hoa vàng Xuất Hoá', 'Trà hoa vàng Xuất Hóa'],
    ['Miến dong Khuổi Mạ'.normalize('NFD'), 'Miến dong Khuổi Mạ'],
    ['Miến dong, Tài Hoan.', 'Miến dong Tài Hoan'],
  ])('"%s" is "%s"', (typed, stored) => {
    expect(nameKey(typed)).toBe(nameKey(stored));
  });

  it('keeps accents that change the word: dương is not đường, Tân is not Tấn', () => {
    expect(nameKey('Mật ong Dương Phong')).not.toBe(nameKey('Mật ong Đường Phong'));
    expect(nameKey('HTX Tân Thành')).not.toBe(nameKey('HTX Tấn Thành'));
  });

  it('tells a producer’s type from its name, abbreviated or not', () => {
    expect(producerTypeOf('HTX Miến dong Khuổi Mạ')).toBe('hop-tac-xa');
    expect(producerTypeOf('Tổ hợp tác Hoa lan Pù Cọ')).toBe('to-hop-tac');
    expect(producerTypeOf('Hộ kinh doanh Mứt gừng Bản Pục')).toBe('ho-kinh-doanh');
    expect(producerTypeOf('Cty Curcumin Bắc Hà')).toBe('doanh-nghiep');
    expect(producerTypeOf('Doanh nghiệp tư nhân Thành Công')).toBe('doanh-nghiep');
    expect(producerTypeOf('Bà Nông Thị Mai')).toBeUndefined();
  });

  it('spells out the type’s abbreviation in a new producer’s name, and leaves the rest as typed', () => {
    expect(producerDisplayName('HTX Nông nghiệp Phú Sơn')).toBe('Hợp tác xã Nông nghiệp Phú Sơn');
    expect(producerDisplayName('Cty. TNHH Hà Diệp')).toBe('Công ty TNHH Hà Diệp');
    expect(producerDisplayName('Hộ kinh doanh Bếp Tày')).toBe('Hộ kinh doanh Bếp Tày');
  });
});

describe('cells', () => {
  it('composes decomposed text and collapses spaces', () => {
    expect(cellText('  Thịt trâu  gác bếp '.normalize('NFD'))).toBe('Thịt trâu gác bếp');
    expect(cellText(null)).toBe('');
  });

  it('reads scores typed as numbers or as text with a decimal comma', () => {
    expect(cellNumber(71.5)).toBe(71.5);
    expect(cellNumber('71,5')).toBe(71.5);
    expect(cellNumber(' 64.25 ')).toBe(64.25);
    expect(cellNumber('bảy mươi')).toBeUndefined();
  });

  it('reads stars as 4, "4", "4 sao", "4★"', () => {
    for (const typed of [4, '4', '4 sao', '4 SAO', '4★', '4*']) expect(cellStars(typed)).toBe(4);
    expect(cellStars('bốn sao')).toBeUndefined();
    expect(cellStars(3.5)).toBeUndefined();
  });
});

describe('the citation line', () => {
  it('gives the decision, its date and the issuing body as the catalogue writes it', () => {
    expect(
      parseCitation('(Kèm theo Quyết định số 1520/QĐ-UBND ngày 15/11/2022 của Ủy ban nhân dân tỉnh Bắc Kạn)'),
    ).toEqual({ decision: '1520/QĐ-UBND', date: '2022-11-15', issuer: 'UBND tỉnh Bắc Kạn' });
    expect(
      parseCitation(
        'KÈM THEO QUYẾT ĐỊNH SỐ 2317 / QĐ-UBND NGÀY 20 tháng 10 năm 2026 của UBND tỉnh Thái Nguyên',
      ),
    ).toEqual({
      decision: '2317/QĐ-UBND',
      date: '2026-10-20',
      issuer: 'UBND tỉnh Thái Nguyên',
    });
  });

  it('cites nothing in a title row', () => {
    expect(parseCitation('DANH SÁCH SẢN PHẨM ĐẠT TIÊU CHUẨN OCOP CẤP TỈNH NĂM 2026')).toBeUndefined();
  });

  it('reads dates as the office types them, and refuses days that do not exist', () => {
    expect(parseDate('1/6/2022')).toBe('2022-06-01');
    expect(parseDate('01-06-2022')).toBe('2022-06-01');
    expect(parseDate('2022-06-01')).toBe('2022-06-01');
    expect(parseDate('31/2/2022')).toBeUndefined();
    expect(parseDate('June 2022')).toBeUndefined();
  });

  it('knows the national level, which alone certifies 5 stars', () => {
    expect(isNationalIssuer('Bộ Nông nghiệp và Phát triển nông thôn', '2890/QĐ-BNN-VPĐP')).toBe(true);
    expect(isNationalIssuer('UBND tỉnh Bắc Kạn', '1520/QĐ-UBND')).toBe(false);
    expect(issuerName('Uỷ ban nhân dân  tỉnh Thái Nguyên')).toBe('UBND tỉnh Thái Nguyên');
  });
});
