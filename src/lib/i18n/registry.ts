import type { Column } from '../registry/header.ts';
import type { RowChange } from '../registry/plan.ts';
import type { Note, NoteCode, ProblemCode } from '../registry/problems.ts';
import { catalogueText } from './catalogue.ts';
import type { Locale } from './locales.ts';

interface Said {
  value?: string;
  detail?: string;
}

/** Each note's words, from the note's own fields. */
type NoteTexts = { [C in NoteCode]: (note: Extract<Note, { code: C }>) => string };

const changeVi: Record<RowChange, string> = {
  new: 'mới',
  renewed: 'cấp lại (đã hết hạn)',
  're-rated': 'đánh giá lại',
  upgraded: 'nâng hạng',
  downgraded: 'hạ hạng',
  earlier: 'bổ sung chứng nhận cũ',
  unchanged: 'đã có, không đổi',
  skipped: 'bỏ qua (ngoài Bắc Kạn cũ)',
};
const changeEn: Record<RowChange, string> = {
  new: 'new',
  renewed: 'renewed (had expired)',
  're-rated': 're-rated',
  upgraded: 'upgraded',
  downgraded: 'downgraded',
  earlier: 'earlier certificate added',
  unchanged: 'already there',
  skipped: 'skipped (outside former Bắc Kạn)',
};

/** "name, stars" (a problem's detail) in words: "Tên sản phẩm, Hạng sao". */
const listed = (ids: string | undefined, words: Readonly<Record<string, string>>) =>
  (ids ?? '')
    .split(', ')
    .map((id) => words[id] ?? id)
    .join(', ');

const columnVi: Record<Column, string> = {
  stt: 'STT',
  name: 'Tên sản phẩm',
  producer: 'Chủ thể',
  address: 'Địa chỉ',
  group: 'Phân nhóm',
  score: 'Điểm',
  stars: 'Hạng sao',
  remark: 'Ghi chú',
};
const columnEn: Record<Column, string> = {
  stt: 'no.',
  name: 'product name',
  producer: 'producer',
  address: 'address',
  group: 'sub-group',
  score: 'score',
  stars: 'stars',
  remark: 'remark',
};

/** What a decision needs, and the command-line option that gives it. */
const decisionPartVi = {
  decision: 'số quyết định (--decision)',
  date: 'ngày (--date)',
  issuer: 'cơ quan ban hành (--issuer)',
};
const decisionPartEn = {
  decision: 'its number (--decision)',
  date: 'its date (--date)',
  issuer: 'the issuing body (--issuer)',
};

/** Strings of the importer (its report and messages). Vietnamese is the office's language and the model. */
const vi = {
  at: (line: number, stt: string | undefined) => (stt ? `dòng ${line} (STT ${stt})` : `dòng ${line}`),
  problem: {
    unreadable: ({ detail }: Said) => `không đọc được tệp (${detail}): cần tệp .xlsx hoặc .csv UTF-8`,
    'no-table': ({ detail }: Said) =>
      `không tìm thấy bảng: không dòng nào có tên các cột ${listed(detail, columnVi)}`,
    'no-decision': ({ detail }: Said) =>
      `tệp không ghi “Kèm theo Quyết định số … ngày … của …”: hãy cho ${listed(detail, decisionPartVi)}`,
    'bad-date': ({ value }: Said) => `--date “${value}” không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd)`,
    'future-date': ({ value, detail }: Said) => `ngày quyết định ${value} ở sau hôm nay (${detail})`,
    missing: () => 'bỏ trống',
    'not-a-number': ({ value }: Said) => `“${value}” không phải số`,
    'stars-range': ({ value }: Said) => `“${value}”: chỉ công nhận 3, 4 hoặc 5 sao`,
    'score-range': ({ value }: Said) => `“${value}”: điểm phải từ 0 đến 100`,
    'stars-score': ({ value, detail }: Said) =>
      `“${value}” không khớp với ${detail} điểm (3 sao: 50–69, 4 sao: 70–89, 5 sao: 90–100)`,
    'five-star-national': ({ detail }: Said) =>
      `5 sao chỉ do Hội đồng cấp trung ương công nhận, không phải ${detail}`,
    'unknown-commune': ({ value }: Said) => `không có xã, phường “${value}” trong danh mục địa bàn Bắc Kạn`,
    'unknown-district': ({ value }: Said) =>
      `không có huyện “${value}” của Bắc Kạn (nếu ở tỉnh khác, hãy ghi tên tỉnh)`,
    'no-commune': ({ value }: Said) => `“${value}” thiếu xã, phường: cần có để thêm chủ thể mới`,
    duplicate: ({ detail }: Said) => `trùng với dòng ${detail}`,
    'certificate-conflict': ({ value, detail }: Said) =>
      `sản phẩm đã có chứng nhận theo quyết định này với điểm ${detail}, khác ${value}`,
    'unknown-group': ({ value }: Said) => `“${value}” không phải phân nhóm nào của QĐ 148/QĐ-TTg`,
    'ambiguous-group': ({ value, detail }: Said) =>
      `“${value}” khớp nhiều phân nhóm (${detail}): hãy ghi đủ tên`,
    'producer-type': ({ value }: Said) =>
      `“${value}”: tên không cho biết loại chủ thể (Hợp tác xã/HTX, Tổ hợp tác/THT, Hộ kinh doanh/HKD, Công ty)`,
    'invalid-result': ({ value, detail }: Said) => `${value} sẽ không qua bước build: ${detail}`,
  } satisfies Record<ProblemCode, (said: Said) => string>,
  note: {
    'remark-differs': ({ remark, change }) =>
      `ghi chú “${remark}”, nhưng theo danh mục và số sao là: ${changeVi[change]}`,
    'same-name-elsewhere': ({ other }) =>
      `sản phẩm cùng tên đã có ở chủ thể khác (${other}): kiểm tra lại tên chủ thể`,
    'later-kind-changed': ({ decision, kind }) =>
      `chứng nhận sau đó (${decision}) nay là “${catalogueText.vi.certificateKind[kind]}”`,
  } satisfies NoteTexts,
  change: changeVi,
  decision: (number: string, date: string, issuer: string, criteria: string) =>
    `Quyết định ${number} ngày ${date} của ${issuer} (tiêu chí ${criteria})`,
  table: (file: string, sheet: string, line: number) => `Tệp ${file}, trang “${sheet}”, dòng tiêu đề ${line}`,
  headings: ['Dòng', 'STT', 'Thay đổi', 'Sản phẩm', 'Chủ thể', 'Sao', 'Điểm', 'Trước đó'],
  newProducer: 'chủ thể mới',
  previous: (stars: number, score: string, decision: string, date: string) =>
    `${stars} sao, ${score} điểm (${decision}, ${date})`,
  toComplete: 'Cần bổ sung (trang web ghi “Thông tin đang được bổ sung”):',
  collection: { products: 'sản phẩm', producers: 'chủ thể' },
  notes: 'Lưu ý:',
  refused: (n: number) => `Không nhập tệp này: ${n} lỗi, không ghi gì cả.`,
  summary: (counts: string) => `Tổng: ${counts}.`,
  count: (n: number, change: string) => `${n} ${change}`,
  wouldWrite: (n: number) => (n === 0 ? 'Không có gì thay đổi.' : `Sẽ ghi ${n} tệp (chạy thử: chưa ghi gì).`),
  wrote: (n: number) => (n === 0 ? 'Không có gì thay đổi.' : `Đã ghi ${n} tệp vào content/.`),
  progress: (done: number, total: number) => `Đã xét ${done}/${total} dòng`,
  stale: (path: string) => `${path} vừa được sửa trong lúc nhập: không ghi gì cả, hãy nhập lại`,
};

export type RegistryText = typeof vi;

const en: RegistryText = {
  at: (line, stt) => (stt ? `line ${line} (no. ${stt})` : `line ${line}`),
  problem: {
    unreadable: ({ detail }) => `cannot read the file (${detail}): it must be .xlsx, or .csv in UTF-8`,
    'no-table': ({ detail }) => `no table found: no row names the columns ${listed(detail, columnEn)}`,
    'no-decision': ({ detail }) =>
      `the file cites no decision (“Kèm theo Quyết định số … ngày … của …”): give ${listed(detail, decisionPartEn)}`,
    'bad-date': ({ value }) => `--date “${value}” is not a date (dd/mm/yyyy or yyyy-mm-dd)`,
    'future-date': ({ value, detail }) => `the decision date ${value} is after today (${detail})`,
    missing: () => 'empty',
    'not-a-number': ({ value }) => `“${value}” is not a number`,
    'stars-range': ({ value }) => `“${value}”: only 3, 4 or 5 stars are certified`,
    'score-range': ({ value }) => `“${value}”: a score is 0 to 100`,
    'stars-score': ({ value, detail }) =>
      `“${value}” does not match ${detail} points (3 stars 50–69, 4 stars 70–89, 5 stars 90–100)`,
    'five-star-national': ({ detail }) => `only the national council awards 5 stars, not ${detail}`,
    'unknown-commune': ({ value }) => `no commune “${value}” in Bắc Kạn’s area table`,
    'unknown-district': ({ value }) =>
      `no district “${value}” in Bắc Kạn (name the province if it is elsewhere)`,
    'no-commune': ({ value }) => `“${value}” names no commune, which a new producer needs`,
    duplicate: ({ detail }) => `repeats line ${detail}`,
    'certificate-conflict': ({ value, detail }) =>
      `the product already holds this decision with score ${detail}, not ${value}`,
    'unknown-group': ({ value }) => `“${value}” is no sub-group of QĐ 148/QĐ-TTg`,
    'ambiguous-group': ({ value, detail }) =>
      `“${value}” fits several sub-groups (${detail}): write it in full`,
    'producer-type': ({ value }) =>
      `“${value}”: the name does not say what kind of producer it is (Hợp tác xã/HTX, Tổ hợp tác/THT, Hộ kinh doanh/HKD, Công ty)`,
    'invalid-result': ({ value, detail }) => `${value} would fail the build: ${detail}`,
  },
  note: {
    'remark-differs': ({ remark, change }) =>
      `the remark says “${remark}”, but the catalogue and the stars say: ${changeEn[change]}`,
    'same-name-elsewhere': ({ other }) =>
      `another producer has a product of this name (${other}): check the producer’s name`,
    'later-kind-changed': ({ decision, kind }) =>
      `the certificate after it (${decision}) is now “${catalogueText.en.certificateKind[kind]}”`,
  },
  change: changeEn,
  decision: (number, date, issuer, criteria) =>
    `Decision ${number} of ${date} by ${issuer} (criteria ${criteria})`,
  table: (file, sheet, line) => `File ${file}, sheet “${sheet}”, header on line ${line}`,
  headings: ['Line', 'No.', 'Change', 'Product', 'Producer', 'Stars', 'Score', 'Before'],
  newProducer: 'new producer',
  previous: (stars, score, decision, date) => `${stars} stars, ${score} points (${decision}, ${date})`,
  toComplete: 'To complete (pages say “Details still to come”):',
  collection: { products: 'product', producers: 'producer' },
  notes: 'Notes:',
  refused: (n) => `File not imported: ${n} ${n === 1 ? 'problem' : 'problems'}, nothing written.`,
  summary: (counts) => `In all: ${counts}.`,
  count: (n, change) => `${n} ${change}`,
  wouldWrite: (n) =>
    n === 0
      ? 'Nothing to change.'
      : `Would write ${n} ${n === 1 ? 'file' : 'files'} (dry run: nothing written).`,
  wrote: (n) => (n === 0 ? 'Nothing to change.' : `Wrote ${n} ${n === 1 ? 'file' : 'files'} to content/.`),
  progress: (done, total) => `Checked ${done}/${total} rows`,
  stale: (path) => `${path} was changed during the import: nothing written, import again`,
};

export const registryText: Record<Locale, RegistryText> = { vi, en };
