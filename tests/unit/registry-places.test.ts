/** Annex addresses and group texts resolved against the catalogue's lookup tables (content/). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../src/lib/content/schemas/area.ts';
import type { Group } from '../../src/lib/content/schemas/group.ts';
import { addressResolver } from '../../src/lib/registry/addresses.ts';
import { subGroupMatcher } from '../../src/lib/registry/sub-groups.ts';

const areas = JSON.parse(readFileSync('content/areas.json', 'utf8')) as Area[];
const groups = JSON.parse(readFileSync('content/groups.json', 'utf8')) as Group[];
const resolve = addressResolver(areas);
const inFormerForm = (address: string) => resolve(address, false);
const inTwoLevelForm = (address: string) => resolve(address, true);

describe('addresses before 1 July 2025 ("thôn, xã, huyện")', () => {
  it('places a producer in its former commune, with the village as its street', () => {
    expect(inFormerForm('Thôn Bản Pục, xã Cao Sơn, huyện Bạch Thông')).toEqual({
      kind: 'placed',
      street: 'Thôn Bản Pục',
      area: 'bach-thong--cao-son',
    });
    expect(inFormerForm('Tổ 5, phường Xuất Hoá, thành phố Bắc Kạn, tỉnh Bắc Cạn')).toEqual({
      kind: 'placed',
      street: 'Tổ 5',
      area: 'tp-bac-kan--xuat-hoa',
    });
    expect(inFormerForm('TT Chợ Rã, H. Ba Bể')).toMatchObject({ area: 'ba-be--cho-ra' });
  });

  it('names an unknown commune or district, and knows a district elsewhere when the province is given', () => {
    expect(inFormerForm('Thôn Bản Mới, xã Không Có, huyện Ba Bể')).toEqual({
      kind: 'unknown-commune',
      commune: 'Không Có',
    });
    expect(inFormerForm('xã Yên Lạc, huyện Phú Lương')).toEqual({
      kind: 'unknown-district',
      district: 'Phú Lương',
    });
    expect(inFormerForm('xã Yên Lạc, huyện Phú Lương, tỉnh Thái Nguyên')).toEqual({ kind: 'outside' });
    expect(inFormerForm('xã Tân Cương, thành phố Thái Nguyên, tỉnh Thái Nguyên')).toEqual({
      kind: 'outside',
    });
    expect(inFormerForm('phường Quang Trung, tỉnh Cao Bằng')).toEqual({ kind: 'outside' });
  });

  it('says when a Bắc Kạn address names no commune', () => {
    expect(inFormerForm('Tổ 1, TP. Bắc Kạn')).toEqual({ kind: 'no-commune' });
  });
});

describe('two-level addresses after 1 July 2025 ("xã/phường …, tỉnh Thái Nguyên")', () => {
  it('places a producer in the one former commune its 2025 unit came from', () => {
    expect(inTwoLevelForm('xã Thượng Quan, tỉnh Thái Nguyên')).toEqual({
      kind: 'placed',
      area: 'ngan-son--thuong-quan',
    });
  });

  it('places it by the 2025 unit, former commune unknown, when several former ones made that unit', () => {
    expect(inTwoLevelForm('Thôn Nà Làng, xã Bằng Vân, tỉnh Thái Nguyên')).toEqual({
      kind: 'placed',
      street: 'Thôn Nà Làng',
      newUnit: 'xã Bằng Vân',
    });
    // Without a province, a decision's date tells which kind of unit "xã Bằng Vân" is.
    expect(inTwoLevelForm('Thôn Nà Làng, xã Bằng Vân')).toMatchObject({ newUnit: 'xã Bằng Vân' });
    expect(inFormerForm('Thôn Nà Làng, xã Bằng Vân')).toMatchObject({ area: 'ngan-son--bang-van' });
  });

  it('skips a unit of old Thái Nguyên', () => {
    expect(inTwoLevelForm('xóm Hảo Đạt, xã Tân Cương, tỉnh Thái Nguyên')).toEqual({ kind: 'outside' });
    expect(inTwoLevelForm('xã Định Hóa, tỉnh Thái Nguyên')).toEqual({ kind: 'outside' });
  });
});

describe('sub-groups of QĐ 148', () => {
  const match = subGroupMatcher(groups);

  it('matches the name as annexes write it, or its code', () => {
    expect(match('Chế biến từ rau, củ, quả, hạt')).toEqual({ kind: 'found', code: 'I.3.c' });
    expect(match('chế biến từ rau củ quả hạt')).toEqual({ kind: 'found', code: 'I.3.c' });
    expect(match('Sản phẩm chè từ thực vật khác')).toEqual({ kind: 'found', code: 'I.5.b' });
    expect(match('Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền')).toEqual({
      kind: 'found',
      code: 'III.1',
    });
    expect(match('III.3')).toEqual({ kind: 'found', code: 'III.3' });
  });

  it('accepts a name cut short when one sub-group begins so, and names the candidates when several do', () => {
    expect(match('Tinh dầu')).toEqual({ kind: 'found', code: 'III.3' });
    expect(match('Chế biến từ')).toEqual({ kind: 'ambiguous', codes: ['I.3.b', 'I.3.c', 'I.3.d'] });
    expect(match('Đồ uống năng lượng')).toEqual({ kind: 'unknown' });
  });
});
