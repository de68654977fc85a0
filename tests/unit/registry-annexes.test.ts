/**
 * Annexes the importer has not seen, written here with the library the office's spreadsheets
 * come from, planned against the committed catalogue (nothing is written): the table wherever
 * and however it is laid out, and every check that refuses a file.
 */
import { describe, expect, it } from 'vitest';
import { readContentSnapshot } from '../../src/lib/registry/content-snapshot.ts';
import { type ImportOptions, type ImportPlan, planImport } from '../../src/lib/registry/plan.ts';
import { noteMessage, problemMessage } from '../../src/lib/registry/report.ts';
import { citation, csvAnnex, HEADER, type SheetSpec, TODAY, xlsxAnnex } from '../support/registry.ts';

const snapshot = readContentSnapshot('content');

const plan = (bytes: Uint8Array, file: string, options: ImportOptions = {}): Promise<ImportPlan> =>
  planImport(bytes, file, { today: TODAY, ...options }, snapshot);

/** Three rows: a re-rating, an upgrade (both of catalogue products) and a new product of a known producer. */
const ROWS = [
  [
    1,
    'Măng ớt Phú Sơn',
    'HTX Nông nghiệp Phú Sơn',
    'Tổ 5, phường Xuất Hóa, thành phố Bắc Kạn',
    'Chế biến từ rau, củ, quả, hạt',
    60,
    '3 sao',
    'Đánh giá lại',
  ],
  [
    2,
    'Thịt trâu gác bếp Bếp Tày',
    'Hộ kinh doanh Bếp Tày',
    'Tổ 12, phường Nguyễn Thị Minh Khai, thành phố Bắc Kạn',
    'Chế biến từ thịt, trứng, sữa, thủy sản, mật ong',
    '71,5',
    '4 sao',
    'Nâng hạng',
  ],
  [
    3,
    'Cao xạ đen Nà Vị',
    'HTX Dược liệu Nà Vị',
    'Thôn Nà Vị, xã Dương Quang, thành phố Bắc Kạn',
    'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
    '64,25',
    3,
    'Cấp mới',
  ],
];
const CITED = citation('1520/QĐ-UBND', '15/11/2022');
const EXPECTED = [
  { line: 0, change: 'renewed', productSlug: 'mang-ot-phu-son' },
  { line: 0, change: 'upgraded', productSlug: 'thit-trau-gac-bep-bep-tay', score: 71.5 },
  { line: 0, change: 'new', productSlug: 'cao-xa-den-na-vi', score: 64.25, stars: 3 },
];

/** The expected rows, at the lines the annex puts them on. */
const expectedAt = (...lines: number[]) => EXPECTED.map((row, i) => ({ ...row, line: lines[i] }));

const summary = (p: ImportPlan) => {
  expect(p.problems.map((problem) => problemMessage(problem, 'en'))).toEqual([]);
  return p.rows;
};

describe('finding the table', () => {
  it('reads the usual layout: title, citation, header, column numbers, a merged section row, a total', async () => {
    const bytes = await xlsxAnnex([
      {
        name: 'Phụ lục',
        rows: [
          ['PHỤ LỤC'],
          [CITED],
          [],
          HEADER,
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
          ['I', 'THÀNH PHỐ BẮC KẠN'],
          ...ROWS,
          ['Tổng cộng: 03 sản phẩm'],
        ],
        merges: ['A1:H1', 'A2:H2', 'B6:H6', 'A10:H10'],
      },
    ]);
    const p = await plan(bytes, 'annex.xlsx');
    expect(summary(p)).toMatchObject(expectedAt(7, 8, 9));
    expect(p.decision).toEqual({
      number: '1520/QĐ-UBND',
      date: '2022-11-15',
      issuer: 'UBND tỉnh Bắc Kạn',
      criteria: 'QD1048',
    });
    expect(p.table).toEqual({ sheet: 'Phụ lục', headerLine: 4 });
  });

  it('finds columns in another order under other spellings: Tên SP, Tổng điểm, Xếp hạng, Chủ thể OCOP', async () => {
    const order = [6, 1, 3, 2, 5, 4, 0, 7];
    const bytes = await xlsxAnnex([
      {
        name: 'Sheet1',
        rows: [
          [CITED],
          ['Xếp hạng', 'TÊN SP', 'địa chỉ', 'Chủ thể OCOP', 'Tổng điểm', 'Nhóm sản phẩm', 'TT', 'Ghi chú'],
          ...ROWS.map((row) => order.map((i) => row[i] ?? null)),
        ],
      },
    ]);
    expect(summary(await plan(bytes, 'annex.xlsx'))).toMatchObject(expectedAt(3, 4, 5));
  });

  it('reads a header split over two rows ("Kết quả đánh giá" above "Điểm" and "Hạng sao")', async () => {
    const bytes = await xlsxAnnex([
      {
        name: 'Sheet1',
        rows: [
          [CITED],
          [
            'STT',
            'Tên sản phẩm',
            'Chủ thể',
            'Địa chỉ',
            'Phân nhóm sản phẩm',
            'Kết quả đánh giá',
            null,
            'Ghi chú',
          ],
          [null, null, null, null, null, 'Điểm', 'Hạng sao', null],
          ...ROWS,
        ],
        merges: ['F2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'H2:H3'],
      },
    ]);
    expect(summary(await plan(bytes, 'annex.xlsx'))).toMatchObject(expectedAt(4, 5, 6));
  });

  it('finds the table on the second sheet, and the citation on the first', async () => {
    const bytes = await xlsxAnnex([
      { name: 'Quyết định', rows: [['QUYẾT ĐỊNH'], [`Ban hành ${CITED.slice(1, -1)}`]] },
      { name: 'Danh sách', rows: [HEADER, ...ROWS] },
    ]);
    const p = await plan(bytes, 'annex.xlsx');
    expect(summary(p)).toMatchObject(expectedAt(2, 3, 4));
    expect(p.table?.sheet).toBe('Danh sách');
    expect(p.decision?.number).toBe('1520/QĐ-UBND');
  });

  it('reads producer and address merged down over a producer’s rows, and numbers typed as text', async () => {
    const pucRows = [
      [
        1,
        'Mứt gừng Bản Pục',
        'HKD Mứt gừng Bản Pục',
        'Thôn Bản Pục, xã Cao Sơn, huyện Bạch Thông',
        'Chế biến từ rau, củ, quả, hạt',
        '57,5',
        '3',
        'Cấp mới',
      ],
      [2, 'Gừng gió Bản Pục', null, null, 'Gia vị khác', '54', '3 sao', 'Cấp mới'],
    ];
    const bytes = await xlsxAnnex([
      { name: 'Sheet1', rows: [[CITED], HEADER, ...pucRows], merges: ['C3:C4', 'D3:D4'] },
    ]);
    const p = await plan(bytes, 'annex.xlsx');
    expect(summary(p)).toMatchObject([
      { line: 3, change: 'new', producerSlug: 'hkd-mut-gung-ban-puc', newProducer: true, score: 57.5 },
      { line: 4, change: 'new', producerSlug: 'hkd-mut-gung-ban-puc', newProducer: true, score: 54 },
    ]);
    const producer = p.files.find((f) => f.path === 'producers/hkd-mut-gung-ban-puc.json');
    expect(JSON.parse(producer?.text ?? '{}')).toEqual({
      name: { vi: 'Hộ kinh doanh Mứt gừng Bản Pục' },
      type: 'ho-kinh-doanh',
      address: { street: 'Thôn Bản Pục', area: 'bach-thong--cao-son' },
    });
  });

  it('reads a row typed in decomposed Unicode (NFD) like any other', async () => {
    const nfd = ROWS.map((row) =>
      row.map((cell) => (typeof cell === 'string' ? cell.normalize('NFD') : cell)),
    );
    const bytes = await xlsxAnnex([
      { name: 'Sheet1', rows: [[CITED.normalize('NFD')], HEADER.map((h) => h.normalize('NFD')), ...nfd] },
    ]);
    const p = await plan(bytes, 'annex.xlsx');
    expect(summary(p)).toMatchObject(expectedAt(3, 4, 5));
    // What it writes is composed, as the catalogue's files are.
    const created = p.files.find((f) => f.path === 'products/cao-xa-den-na-vi.json')?.text ?? '';
    expect(created).toContain('Cao xạ đen Nà Vị');
    expect(created).toBe(created.normalize('NFC'));
  });

  it('reads a CSV export with or without a byte-order mark, the decision given as options', async () => {
    const options = { decision: '1520/QĐ-UBND', date: '15/11/2022', issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn' };
    const rows = [HEADER, ...ROWS.map((row) => row.map((cell) => cell ?? ''))];
    for (const bom of [true, false]) {
      const p = await plan(csvAnnex(rows, bom), 'annex.csv', options);
      expect(summary(p)).toMatchObject(expectedAt(2, 3, 4));
      expect(p.decision?.issuer).toBe('UBND tỉnh Bắc Kạn');
    }
  });
});

describe('refusing a file', () => {
  const annex = async (rows: (string | number | null)[][], sheets: SheetSpec[] = []) =>
    xlsxAnnex([{ name: 'Sheet1', rows: [[CITED], HEADER, ...rows] }, ...sheets]);
  const messages = (p: ImportPlan) => p.problems.map((problem) => problemMessage(problem, 'en'));

  it('refuses 5 stars in a provincial decision, and takes them from the ministry', async () => {
    const row = [
      1,
      'Miến dong Tài Hoan',
      'HTX Tài Hoan',
      'Thôn Khuổi Cuồng, xã Côn Minh, huyện Na Rì',
      'Chế biến từ rau, củ, quả, hạt',
      '93,5',
      '5 sao',
      'Đánh giá lại',
    ];
    const provincial = await plan(await annex([row]), 'annex.xlsx', { date: '1/12/2026' });
    expect(messages(provincial)).toEqual([
      'line 3 (no. 1), Hạng sao: only the national council awards 5 stars, not UBND tỉnh Bắc Kạn',
    ]);
    expect(provincial.files).toEqual([]);
    const national = await plan(await annex([row]), 'annex.xlsx', {
      decision: '3050/QĐ-BNN-VPĐP',
      date: '1/12/2026',
      issuer: 'Bộ Nông nghiệp và Môi trường',
    });
    expect(summary(national)).toMatchObject([{ change: 're-rated', productSlug: 'mien-dong-tai-hoan' }]);
  });

  it('refuses a decision dated after today', async () => {
    const p = await plan(await annex(ROWS), 'annex.xlsx', { date: '6/12/2026' });
    expect(messages(p)).toEqual(['the decision date 2026-12-06 is after today (2026-12-05)']);
  });

  it('refuses a file that cites no decision unless the options give it, naming what is missing', async () => {
    const bytes = await xlsxAnnex([{ name: 'Sheet1', rows: [HEADER, ...ROWS] }]);
    expect(messages(await plan(bytes, 'annex.xlsx', { issuer: 'UBND tỉnh Bắc Kạn' }))).toEqual([
      'the file cites no decision (“Kèm theo Quyết định số … ngày … của …”): give its number (--decision), its date (--date)',
    ]);
    expect(messages(await plan(bytes, 'annex.xlsx', { date: '15/13/2022' }))).toEqual([
      '--date “15/13/2022” is not a date (dd/mm/yyyy or yyyy-mm-dd)',
    ]);
  });

  it('refuses a file without the table, naming the columns it looked for', async () => {
    const bytes = await xlsxAnnex([
      { name: 'Sheet1', rows: [[CITED], ['STT', 'Tên sản phẩm', 'Chủ thể', 'Điểm']] },
    ]);
    expect(messages(await plan(bytes, 'annex.xlsx'))).toEqual([
      'no table found: no row names the columns address, stars',
    ]);
    expect(messages(await plan(new TextEncoder().encode('not a workbook'), 'annex.xls'))).toEqual([
      'cannot read the file (annex.xls: not an .xlsx or .csv file): it must be .xlsx, or .csv in UTF-8',
    ]);
  });

  it('refuses a new product whose group is no QĐ 148 sub-group, and a new producer of no known type', async () => {
    const p = await plan(
      await annex([
        [
          1,
          'Trà gừng Nà Vị',
          'HTX Dược liệu Nà Vị',
          'Thôn Nà Vị, xã Dương Quang, thành phố Bắc Kạn',
          'Chế biến từ',
          60,
          3,
          '',
        ],
        [
          2,
          'Bánh chưng Nà Làng',
          'Bà Hoàng Thị Lan',
          'Thôn Nà Làng, xã Bằng Vân, huyện Ngân Sơn',
          'Đồ ăn nhanh',
          60,
          3,
          '',
        ],
        [
          3,
          'Rượu táo mèo',
          'HTX Nông nghiệp Phú Sơn',
          'Tổ 5, phường Xuất Hóa, thành phố Bắc Kạn',
          'Đồ uống năng lượng',
          60,
          3,
          '',
        ],
      ]),
      'annex.xlsx',
    );
    expect(messages(p)).toEqual([
      'line 3 (no. 1), Phân nhóm sản phẩm: “Chế biến từ” fits several sub-groups (I.3.b, I.3.c, I.3.d): write it in full',
      'line 4 (no. 2), Chủ thể: “Bà Hoàng Thị Lan”: the name does not say what kind of producer it is (Hợp tác xã/HTX, Tổ hợp tác/THT, Hộ kinh doanh/HKD, Công ty)',
      'line 5 (no. 3), Phân nhóm sản phẩm: “Đồ uống năng lượng” is no sub-group of QĐ 148/QĐ-TTg',
    ]);
  });

  it('refuses a new producer whose address names no commune; a known one needs none', async () => {
    const p = await plan(
      await annex([
        [
          1,
          'Măng ớt Phú Sơn',
          'HTX Nông nghiệp Phú Sơn',
          'thành phố Bắc Kạn',
          'Chế biến từ rau, củ, quả, hạt',
          60,
          3,
          '',
        ],
        [
          2,
          'Mứt gừng Bản Pục',
          'HKD Mứt gừng Bản Pục',
          'huyện Bạch Thông',
          'Chế biến từ rau, củ, quả, hạt',
          57,
          3,
          '',
        ],
      ]),
      'annex.xlsx',
    );
    expect(messages(p)).toEqual([
      'line 4 (no. 2), Địa chỉ: “huyện Bạch Thông” names no commune, which a new producer needs',
    ]);
    expect(p.rows).toMatchObject([{ line: 3, change: 'renewed' }]);
  });
});

describe('notes', () => {
  it('notes a remark that says otherwise than the stars, without refusing the file', async () => {
    const row = [...(ROWS[1] ?? [])];
    row[7] = 'Đánh giá lại';
    const p = await plan(await xlsxAnnex([{ name: 'Sheet1', rows: [[CITED], HEADER, row] }]), 'annex.xlsx');
    expect(summary(p)).toMatchObject([{ change: 'upgraded' }]);
    expect(p.notes).toEqual([
      { code: 'remark-differs', line: 3, stt: '2', remark: 'Đánh giá lại', change: 'upgraded' },
    ]);
  });

  it('notes a new product named like another producer’s, and a later certificate relabelled', async () => {
    const rows = [
      [
        1,
        'Măng ớt Phú Sơn',
        'HTX Măng Nà Làng',
        'Thôn Nà Làng, xã Bằng Vân, huyện Ngân Sơn',
        'Chế biến từ rau, củ, quả, hạt',
        60,
        3,
        'Cấp mới',
      ],
      // Khau Slôm went from 3★ (2020) to 4★ (2023): a 4★ of 2022 makes that 2023 one a re-issue.
      [
        2,
        'Miến dong Khau Slôm',
        'HTX Miến dong Khau Slôm',
        'Tiểu khu 1, thị trấn Nà Phặc, huyện Ngân Sơn',
        '',
        72,
        4,
        'Nâng hạng',
      ],
    ];
    const bytes = await xlsxAnnex([
      { name: 'Sheet1', rows: [[citation('800/QĐ-UBND', '1/6/2022')], HEADER, ...rows] },
    ]);
    const p = await plan(bytes, 'annex.xlsx');
    expect(summary(p)).toMatchObject([
      {
        change: 'new',
        productSlug: 'mang-ot-phu-son-2',
        producerSlug: 'htx-mang-na-lang',
        newProducer: true,
      },
      { change: 'upgraded', productSlug: 'mien-dong-khau-slom' },
    ]);
    expect(p.notes.map((note) => noteMessage(note, 'vi'))).toEqual([
      'dòng 3 (STT 1): sản phẩm cùng tên đã có ở chủ thể khác (mang-ot-phu-son): kiểm tra lại tên chủ thể',
      'dòng 4 (STT 2): chứng nhận sau đó (2511/QĐ-UBND) nay là “Cấp lại”',
    ]);
  });
});
