/**
 * npm run bench:import: a provincial decision's annex of 5,000 rows (.xlsx, laid out like the
 * province's: title, citation, header, column numbers, a section row per district, a total),
 * re-rating every catalogue product a province may certify and adding new products of new
 * producers. Times the command as the office runs it, each round on a fresh copy of content/:
 * the dry run, the import, and the same import again (nothing to change); then the library's
 * phases in this process (read the workbook, plan, write).
 * Usage: npm run bench:import [-- --rows 5000 --rounds 3 --out docs/bench-results/import.md]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentToday } from '../../src/lib/content/certificate-status.ts';
import type { Area } from '../../src/lib/content/schemas/area.ts';
import { formerDistricts } from '../../src/lib/content/schemas/area.ts';
import type { Group } from '../../src/lib/content/schemas/group.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { applyPlan } from '../../src/lib/registry/apply.ts';
import { readContentSnapshot } from '../../src/lib/registry/content-snapshot.ts';
import { planImport } from '../../src/lib/registry/plan.ts';
import { readSheets } from '../../src/lib/registry/workbook.ts';
import { citation, contentCopy, HEADER, removeCopy, xlsxAnnex } from '../../tests/support/registry.ts';
import { seededRandom } from '../lib/random.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { markdownTable } from './lib/markdown.ts';
import { median } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const rowCount = Number(values.rows);
const rounds = Number(values.rounds);
const root = fileURLToPath(new URL('../../', import.meta.url));
const random = seededRandom(5000);

const DECISION = '5000/QĐ-UBND';
const today = contentToday();

type Row = (string | number)[];

/** A score in the band of the stars, as councils give them: to two decimals, typed with a comma half the time. */
function score(stars: number): string | number {
  const [low, high] = stars === 4 ? [70, 89.75] : [50, 69.75];
  const value = Math.round((low + random.next() * (high - low)) * 4) / 4;
  return random.chance(0.5) ? String(value).replace('.', ',') : value;
}

/** The address of a former commune as pre-2025 annexes write it. */
const address = (village: string, area: Area) =>
  `${village}, ${area.formerKind} ${area.formerUnit}, ${area.formerDistrictSlug === 'tp-bac-kan' ? 'thành phố Bắc Kạn' : `huyện ${area.formerDistrict}`}`;

/** Re-ratings of the catalogue's products a province may certify (not 5★), by district. */
function reratings(): Map<string, Row[]> {
  const snapshot = readContentSnapshot(join(root, 'content'));
  const areas = new Map(snapshot.areas.map((a) => [a.id, a]));
  const groups = new Map(snapshot.groups.flatMap((g) => g.subGroups.map((s) => [s.code, s.name.vi])));
  const byDistrict = new Map<string, Row[]>();
  for (const { data } of snapshot.products.values()) {
    const stars = data.certificates.at(-1)?.stars ?? 3;
    const producer = snapshot.producers.get(data.producer)?.data;
    const area = producer?.address.area ? areas.get(producer.address.area) : undefined;
    if (stars === 5 || !producer || !area) continue;
    const row = [
      data.name.vi,
      producer.name.vi,
      address(producer.address.street ?? 'Thôn Nà Làng', area),
      groups.get(data.group) ?? '',
      score(stars),
      `${stars} sao`,
      'Đánh giá lại',
    ];
    byDistrict.set(area.formerDistrictSlug, [...(byDistrict.get(area.formerDistrictSlug) ?? []), row]);
  }
  return byDistrict;
}

const syllables = [
  ['Nà', 'Khuổi', 'Pác', 'Phiêng', 'Bản', 'Khau', 'Lủng', 'Cốc', 'Tát', 'Slam', 'Pò', 'Thôm'],
  ['Mạ', 'Vài', 'Chang', 'Luông', 'Pục', 'Lạn', 'Quang', 'Đăm', 'Mò', 'Lếch', 'Sliến', 'Mu'],
] as const;
const kinds = [
  'Miến dong',
  'Mật ong rừng',
  'Trà hoa vàng',
  'Gạo nếp',
  'Măng khô',
  'Rượu men lá',
  'Tinh dầu quế',
  'Khăn thổ cẩm',
];
const types = ['HTX Nông nghiệp', 'Hợp tác xã', 'THT', 'Hộ kinh doanh', 'Công ty TNHH'];

/** New products, five to a new producer, each producer in a random former commune. */
function newProducts(count: number, groups: readonly Group[], areas: readonly Area[]): Map<string, Row[]> {
  const subGroups = groups.flatMap((g) => g.subGroups.map((s) => s.name.vi));
  const byDistrict = new Map<string, Row[]>();
  for (let i = 0; i < count; i++) {
    const p = Math.floor(i / 5);
    const village = `${syllables[0][p % 12]} ${syllables[1][Math.floor(p / 12) % 12]}`;
    const area = areas[p % areas.length] as Area;
    const producer = `${types[p % types.length]} ${village} ${p}`;
    const stars = random.chance(0.15) ? 4 : 3;
    const row = [
      `${kinds[i % kinds.length]} ${village} ${p}`,
      producer,
      address(`Thôn ${village}`, area),
      random.pick(subGroups),
      score(stars),
      stars === 4 ? 4 : '3 sao',
      'Cấp mới',
    ];
    byDistrict.set(area.formerDistrictSlug, [...(byDistrict.get(area.formerDistrictSlug) ?? []), row]);
  }
  return byDistrict;
}

async function annex(): Promise<{ bytes: Uint8Array; rows: number }> {
  const json = <T>(file: string) => JSON.parse(readFileSync(join(root, 'content', file), 'utf8')) as T;
  const again = reratings();
  const againCount = [...again.values()].reduce((n, rows) => n + rows.length, 0);
  const added = newProducts(rowCount - againCount, json<Group[]>('groups.json'), json<Area[]>('areas.json'));
  const rows: (string | number | null)[][] = [
    ['PHỤ LỤC'],
    ['DANH SÁCH SẢN PHẨM ĐẠT TIÊU CHUẨN OCOP CẤP TỈNH'],
    [citation(DECISION, formatDate(today, 'vi'))],
    [],
    HEADER,
    HEADER.map((_, i) => `(${i + 1})`),
  ];
  const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
  let stt = 0;
  formerDistricts.forEach((district, d) => {
    rows.push([
      numerals[d] ?? '',
      district.slug === 'tp-bac-kan' ? 'THÀNH PHỐ BẮC KẠN' : `HUYỆN ${district.name.toUpperCase()}`,
    ]);
    for (const row of [...(again.get(district.slug) ?? []), ...(added.get(district.slug) ?? [])])
      rows.push([++stt, ...row]);
  });
  rows.push([`Tổng cộng: ${stt} sản phẩm`]);
  return { bytes: await xlsxAnnex([{ name: 'Phụ lục', rows }]), rows: stt };
}

/** Wall and CPU milliseconds of a run: on a shared machine the CPU time is the steadier figure. */
const timed = async <T>(run: () => T | Promise<T>): Promise<[T, number, number]> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - start, (used.user + used.system) / 1000];
};

/** The command as the office runs it; fails the benchmark if the import does not do its job. */
function command(file: string, content: string, ...args: string[]): number {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts/import.ts'), file, '--content', content, ...args],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`import exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - start;
}

const loadAtStart = loadavg()[0] ?? 0;
const started = new Date();
const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-import-'));
const file = join(dir, 'qd-5000-bench.xlsx');
const generated = await annex();
writeFileSync(file, generated.bytes);
console.error(`annex: ${generated.rows} rows, ${(generated.bytes.length / 1024).toFixed(0)} KiB`);

const times = { dry: [] as number[], import: [] as number[], again: [] as number[] };
for (let round = 1; round <= rounds; round++) {
  const content = contentCopy();
  try {
    times.dry.push(command(file, content, '--dry-run'));
    times.import.push(command(file, content));
    times.again.push(command(file, content));
  } finally {
    removeCopy(content);
  }
  console.error(
    `round ${round}/${rounds}: dry run ${times.dry.at(-1)?.toFixed(0)} ms, import ${times.import.at(-1)?.toFixed(0)} ms`,
  );
}

// The library's phases, in this process (no start-up): what an upload page would wait for.
const content = contentCopy();
const read = await timed(() => readSheets(generated.bytes, 'annex.xlsx'));
const [snapshot, ...snapshotMs] = await timed(() => readContentSnapshot(content));
const [plan, ...planMs] = await timed(() => planImport(generated.bytes, 'annex.xlsx', {}, snapshot));
const [written, ...applyMs] = await timed(() => applyPlan(plan, content));
removeCopy(content);
rmSync(dir, { recursive: true, force: true });

const s = (ms: number) => Number((ms / 1000).toFixed(2));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const report = [
  `# Import benchmark — npm run bench:import -- --rows ${rowCount} --rounds ${rounds}`,
  '',
  `Commit ${commit}, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end.`,
  `Machine: ${describeMachine(machine(root))}.`,
  `Annex: ${generated.rows} rows (${(generated.bytes.length / 1024).toFixed(0)} KiB .xlsx); ${written.length} files written by an import.`,
  '',
  markdownTable(
    ['command (whole process)', 'median s', 'min s', 'max s'],
    [
      ['dry run', s(median(times.dry)), s(Math.min(...times.dry)), s(Math.max(...times.dry))],
      ['import', s(median(times.import)), s(Math.min(...times.import)), s(Math.max(...times.import))],
      [
        'import again (nothing to change)',
        s(median(times.again)),
        s(Math.min(...times.again)),
        s(Math.max(...times.again)),
      ],
    ],
  ),
  '',
  markdownTable(
    ['phase (one run, in process)', 'wall s', 'CPU s'],
    [
      ['read the workbook (exceljs)', s(read[1]), s(read[2])],
      ['read content/', ...snapshotMs.map(s)],
      ['plan (reads the workbook again, checks, matches, schemas)', ...planMs.map(s)],
      ['write the files', ...applyMs.map(s)],
    ],
  ),
  '',
].join('\n');
console.log(report);
if (values.out) writeFileSync(values.out, report);
