/**
 * `npm run import` on the province's example annexes, into a copy of content/: what a staff
 * member sees and what changes on disk. The November 2022 and October 2026 annexes change the
 * re-rated, upgraded and new products and nothing else; importing twice changes nothing; the
 * bad CSV is refused with one line per problem and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, StalePlan } from '../../src/lib/registry/apply.ts';
import { readContentSnapshot } from '../../src/lib/registry/content-snapshot.ts';
import { planImport } from '../../src/lib/registry/plan.ts';
import {
  BAD_CSV,
  BAD_CSV_DECISION,
  changedPaths,
  citation,
  contentCopy,
  contentDigests,
  FIXTURES,
  fixture,
  HEADER,
  NOVEMBER_2022,
  OCTOBER_2026,
  removeCopy,
  TODAY,
  xlsxAnnex,
} from '../support/registry.ts';

let content: string;
beforeEach(() => {
  content = contentCopy();
});
afterEach(() => removeCopy(content));

/** The command as the office runs it, judged on TODAY. */
function importCommand(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/import.ts', ...args, '--content', content], {
    encoding: 'utf8',
    env: { ...process.env, OCOP_TODAY: TODAY },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const annex = (name: string) => join(FIXTURES, name);

/** What the two example annexes change: the products they re-rate, upgrade or add, and the new producers. */
const NOVEMBER_CHANGES = [
  'producers/hkd-mut-gung-ban-puc.json',
  'products/bot-que-po-lan.json',
  'products/cao-xa-den-na-vi.json',
  'products/gung-gio-ban-puc.json',
  'products/hoa-hoi-kho-po-lan.json',
  'products/khan-tho-cam-na-chua.json',
  'products/mang-ot-phu-son.json',
  'products/mien-dong-ngu-sac-khuoi-ma.json',
  'products/mut-gung-ban-puc.json',
  'products/thit-trau-gac-bep-bep-tay.json',
  'products/tinh-bot-nghe-phieng-chi.json',
];
const OCTOBER_CHANGES = [
  'producers/htx-nong-nghiep-hat-de-bang-van.json',
  'products/cay-canh-bonsai-pu-co.json',
  'products/hat-de-bang-van.json',
  'products/mien-dong-khau-slom.json',
  'products/tra-giao-co-lam-nui-da.json',
  'products/tra-tui-loc-giao-co-lam-na-pai.json',
];

const json = (dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'));

describe('the two example annexes, one after the other', () => {
  it('dry run: prints the plan and writes nothing', () => {
    const before = contentDigests(content);
    const run = importCommand(annex(NOVEMBER_2022), '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Quyết định 1520/QĐ-UBND ngày 15/11/2022 của UBND tỉnh Bắc Kạn');
    expect(run.stdout).toMatch(/^21 +9 +cấp lại \(đã hết hạn\) +Hoa hồi khô Pò Lạn/m);
    expect(run.stdout).toMatch(
      /^12 +4 +mới +Mứt gừng Bản Pục +Hộ kinh doanh Mứt gừng Bản Pục \(chủ thể mới\)/m,
    );
    expect(run.stdout).toContain('Tổng: 5 mới, 2 cấp lại (đã hết hạn), 2 đánh giá lại, 1 nâng hạng.');
    expect(run.stdout).toContain('Sẽ ghi 11 tệp (chạy thử: chưa ghi gì).');
    expect(changedPaths(before, contentDigests(content))).toEqual([]);
  });

  it('changes the re-rated, upgraded and new products and nothing else, then nothing on a second run', () => {
    const original = contentDigests(content);
    const november = importCommand(annex(NOVEMBER_2022));
    expect(november.status, november.stderr).toBe(0);
    expect(november.stdout).toContain('Đã ghi 11 tệp vào content/.');
    const afterNovember = contentDigests(content);
    expect(changedPaths(original, afterNovember)).toEqual(NOVEMBER_CHANGES);

    const october = importCommand(annex(OCTOBER_2026), '--lang', 'en');
    expect(october.status, october.stderr).toBe(0);
    expect(october.stdout).toContain(
      'In all: 2 new, 1 renewed (had expired), 2 re-rated, 2 skipped (outside former Bắc Kạn).',
    );
    expect(october.stdout).toMatch(/^12 +6 +skipped \(outside former Bắc Kạn\) +Chè búp Tân Cương/m);
    const afterOctober = contentDigests(content);
    expect(changedPaths(afterNovember, afterOctober)).toEqual(OCTOBER_CHANGES);

    for (const name of [NOVEMBER_2022, OCTOBER_2026]) {
      const again = importCommand(annex(name));
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('Không có gì thay đổi.');
    }
    expect(changedPaths(afterOctober, contentDigests(content))).toEqual([]);
  });

  it('adds a certificate to a product and touches nothing else in its file', () => {
    const before = json(content, 'products/thit-trau-gac-bep-bep-tay.json');
    expect(importCommand(annex(NOVEMBER_2022)).status).toBe(0);
    const after = json(content, 'products/thit-trau-gac-bep-bep-tay.json');
    expect({ ...after, certificates: before.certificates }).toEqual(before);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.certificates).toEqual([
      ...before.certificates,
      {
        stars: 4,
        score: 71.5,
        decision: '1520/QĐ-UBND',
        decisionDate: '2022-11-15',
        issuedBy: 'UBND tỉnh Bắc Kạn',
        criteria: 'QD1048',
        kind: 'upgraded',
      },
    ]);
  });

  it('creates a new product with what its row says, and a producer placed by its 2025 unit', () => {
    expect(importCommand(annex(OCTOBER_2026)).status).toBe(0);
    expect(json(content, 'products/hat-de-bang-van.json')).toEqual({
      name: { vi: 'Hạt dẻ Bằng Vân' },
      producer: 'htx-nong-nghiep-hat-de-bang-van',
      group: 'I.1.a',
      certificates: [
        {
          stars: 3,
          score: 62,
          decision: '2317/QĐ-UBND',
          decisionDate: '2026-10-20',
          issuedBy: 'UBND tỉnh Thái Nguyên',
          criteria: 'QD148',
          kind: 'new',
        },
      ],
    });
    // Bằng Vân took in Thượng Ân too: which former commune the producer was in is not guessed.
    expect(json(content, 'producers/htx-nong-nghiep-hat-de-bang-van.json')).toEqual({
      name: { vi: 'Hợp tác xã Nông nghiệp Hạt dẻ Bằng Vân' },
      type: 'hop-tac-xa',
      address: { street: 'Thôn Nà Làng', newUnit: 'xã Bằng Vân' },
    });
  });

  it('writes the same plan as JSON for machines', () => {
    const report = join(content, 'plan.json');
    expect(importCommand(annex(OCTOBER_2026), '--dry-run', '--report', report).status).toBe(0);
    const plan = JSON.parse(readFileSync(report, 'utf8'));
    expect(plan).toMatchObject({
      decision: {
        number: '2317/QĐ-UBND',
        date: '2026-10-20',
        issuer: 'UBND tỉnh Thái Nguyên',
        criteria: 'QD148',
      },
      refused: false,
      applied: false,
      counts: { new: 2, renewed: 1, 're-rated': 2, upgraded: 0, skipped: 2 },
      toComplete: [
        { collection: 'products', slug: 'tra-tui-loc-giao-co-lam-na-pai' },
        {
          collection: 'producers',
          slug: 'htx-nong-nghiep-hat-de-bang-van',
          missing: ['story', 'founded', 'contacts', 'formerCommune'],
        },
        {
          collection: 'products',
          slug: 'hat-de-bang-van',
          missing: ['story', 'photos', 'packSizes', 'trade'],
        },
      ],
    });
    expect(plan.files).toHaveLength(OCTOBER_CHANGES.length);
  });
});

describe('refusals', () => {
  it('refuses the bad CSV with one line per problem and writes nothing', () => {
    const before = contentDigests(content);
    const { decision, date, issuer } = BAD_CSV_DECISION;
    const run = importCommand(annex(BAD_CSV), '--decision', decision, '--date', date, '--issuer', issuer);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'dòng 3 (STT 2), Hạng sao: “6 sao”: chỉ công nhận 3, 4 hoặc 5 sao',
      'dòng 4 (STT 3), Tên sản phẩm: bỏ trống',
      'dòng 5 (STT 4), Điểm: “120”: điểm phải từ 0 đến 100',
      'dòng 6 (STT 5), Địa chỉ: không có xã, phường “Không Có” trong danh mục địa bàn Bắc Kạn',
      'dòng 7 (STT 6), Tên sản phẩm: trùng với dòng 2',
      'dòng 8 (STT 7), Hạng sao: “4 sao” không khớp với 55 điểm (3 sao: 50–69, 4 sao: 70–89, 5 sao: 90–100)',
      'dòng 9 (STT 8), Hạng sao: 5 sao chỉ do Hội đồng cấp trung ương công nhận, không phải UBND tỉnh Bắc Kạn',
      'Không nhập tệp này: 7 lỗi, không ghi gì cả.',
    ]);
    expect(changedPaths(before, contentDigests(content))).toEqual([]);
  });

  it('refuses a CSV without a decision, and a command used wrongly', () => {
    const run = importCommand(annex(BAD_CSV));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'hãy cho số quyết định (--decision), ngày (--date), cơ quan ban hành (--issuer)',
    );
    expect(importCommand().status).toBe(2);
    expect(importCommand(annex('khong-co.xlsx')).stderr).toContain('khong-co.xlsx: no such file');
    expect(importCommand(annex(NOVEMBER_2022), '--dryrun').status).toBe(2);
  });

  it('refuses a decision already imported with another score', async () => {
    expect(importCommand(annex(NOVEMBER_2022)).status).toBe(0);
    const row = [
      1,
      'Măng ớt Phú Sơn',
      'HTX Nông nghiệp Phú Sơn',
      'Tổ 5, phường Xuất Hóa, thành phố Bắc Kạn',
      '',
      61,
      3,
      '',
    ];
    const altered = join(content, 'altered.xlsx');
    writeFileSync(
      altered,
      await xlsxAnnex([{ name: 'Sheet1', rows: [[citation('1520/QĐ-UBND', '15/11/2022')], HEADER, row] }]),
    );
    const run = importCommand(altered);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'dòng 3 (STT 1), Điểm: sản phẩm đã có chứng nhận theo quyết định này với điểm 60 (2022-11-15), khác 61',
    );
  });

  it('writes nothing from a plan made before the catalogue changed', async () => {
    const plan = await planImport(
      fixture(NOVEMBER_2022),
      NOVEMBER_2022,
      { today: TODAY },
      readContentSnapshot(content),
    );
    const edited = join(content, 'products/mang-ot-phu-son.json');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('"featured": false', '"featured": true'));
    const before = contentDigests(content);
    expect(() => applyPlan(plan, content)).toThrow(StalePlan);
    expect(changedPaths(before, contentDigests(content))).toEqual([]);
  });
});
