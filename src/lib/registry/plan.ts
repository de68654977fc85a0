/**
 * planImport: what importing one decision's annex would change in the catalogue, and the files
 * it would write; nothing is written here (applyPlan does that). A plan with problems writes
 * nothing at all: one bad row refuses the whole file.
 */
import { z } from 'astro/zod';
import { contentToday } from '../content/certificate-status.ts';
import {
  type ProducerGap,
  type ProductGap,
  producerToComplete,
  productToComplete,
} from '../content/completeness.ts';
import { jsonText } from '../content/content-files.ts';
import { newUnitName } from '../content/place.ts';
import type { SchemaContext } from '../content/schemas/context.ts';
import { producerSchema } from '../content/schemas/producer.ts';
import { productSchema } from '../content/schemas/product.ts';
import { addressResolver } from './addresses.ts';
import { isNationalIssuer } from './citation.ts';
import type { ContentSnapshot } from './content-snapshot.ts';
import { type Decision, type DecisionOptions, decisionOf } from './decision.ts';
import { type Column, columnLabel, findTable, missingColumns, type Table } from './header.ts';
import { addCertificate, type CertificateChange } from './history.ts';
import { nameKey, producerDisplayName, producerTypeOf } from './names.ts';
import { type Note, type Problem, rowOf } from './problems.ts';
import { type RowFacts, rowFacts } from './row-facts.ts';
import { type AnnexRow, annexRows } from './rows.ts';
import { subGroupMatcher } from './sub-groups.ts';
import { readSheets, type Sheet, UnreadableFile } from './workbook.ts';
import { type WorkingCatalogue, workingCatalogue } from './working-catalogue.ts';

export interface ImportOptions extends DecisionOptions {
  /** The day a decision date may not be after (default: contentToday()). */
  today?: string;
  /** Called as rows are planned: large annexes take a moment. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * What a row does: a new product; a certificate added to a product's history (renewed, re-rated,
 * upgraded, downgraded, or `earlier` than all it holds); nothing (`unchanged`: already imported);
 * or nothing because the producer is outside the former Bắc Kạn (`skipped`).
 */
export type RowChange = 'new' | CertificateChange | 'unchanged' | 'skipped';

export interface PlannedRow {
  line: number;
  stt?: string;
  change: RowChange;
  /** Names as the annex writes them. */
  product: string;
  producer: string;
  /** The entries the row touches; none for a row outside Bắc Kạn. */
  productSlug?: string;
  producerSlug?: string;
  /** The producer is created by this import. */
  newProducer?: boolean;
  stars: number;
  score: number;
  /** The certificate the product held before this one. */
  previous?: { stars: number; score: number; decision: string; decisionDate: string };
}

/** An entry the annex touched that still lacks what pages flag as to complete. */
export type ToComplete = { slug: string; name: string } & (
  | { collection: 'products'; missing: ProductGap[] }
  | { collection: 'producers'; missing: ProducerGap[] }
);

export interface PlannedFile {
  /** Relative to the content folder: products/x.json. */
  path: string;
  /** sha256 of the file the plan was made against; null for a file the plan creates. */
  before: string | null;
  text: string;
}

export interface ImportPlan {
  file: string;
  /** The sheet and the line of the table's header, once found. */
  table?: { sheet: string; headerLine: number };
  decision?: Decision;
  rows: PlannedRow[];
  toComplete: ToComplete[];
  notes: Note[];
  /** Any problem refuses the file: `files` is then empty. */
  problems: Problem[];
  files: PlannedFile[];
}

/** Each entry the plan writes, checked against the content schemas as the build will check it. */
function checkEntries(catalogue: WorkingCatalogue, snapshot: ContentSnapshot, problems: Problem[]) {
  const context: SchemaContext = {
    // The importer writes no photos; those already there were checked by the build that had them.
    photo: () => z.string(),
    producers: new Set(catalogue.producers.keys()),
    products: new Set(catalogue.products.keys()),
    areas: new Set(snapshot.areas.map((a) => a.id)),
    newUnits: new Set(snapshot.areas.map(newUnitName)),
    subGroups: new Set(snapshot.groups.flatMap((g) => g.subGroups.map((s) => s.code))),
    protectedNames: snapshot.protectedNames,
  };
  const schemas = { products: productSchema(context), producers: producerSchema(context) };
  for (const collection of ['producers', 'products'] as const) {
    for (const [slug, entry] of catalogue[collection]) {
      if (!entry.changed) continue;
      const result = schemas[collection].safeParse(entry.data);
      if (!result.success) {
        problems.push({
          code: 'invalid-result',
          value: `${collection}/${slug}.json`,
          detail: z.prettifyError(result.error),
        });
      }
    }
  }
}

/** Plans one decision's annex (the bytes of an .xlsx or .csv file) against the catalogue. */
export async function planImport(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  snapshot: ContentSnapshot,
): Promise<ImportPlan> {
  const plan: ImportPlan = { file: fileName, rows: [], toComplete: [], notes: [], problems: [], files: [] };
  const { problems } = plan;
  let sheets: Sheet[];
  try {
    sheets = await readSheets(bytes, fileName);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    problems.push({ code: 'unreadable', detail: error.message });
    return plan;
  }
  const table = findTable(sheets);
  if (!table) {
    problems.push({ code: 'no-table', detail: missingColumns(sheets).join(', ') });
    return plan;
  }
  plan.table = { sheet: table.sheet.name, headerLine: table.headerLine };
  const decision = decisionOf(options, [table.sheet, ...sheets.filter((s) => s !== table.sheet)], problems);
  if (!decision) return plan;
  plan.decision = decision;
  const today = options.today ?? contentToday();
  if (decision.date > today) problems.push({ code: 'future-date', value: decision.date, detail: today });

  const catalogue = workingCatalogue(snapshot);
  const planner = rowPlanner(table, decision, snapshot, catalogue, plan);
  const rows = annexRows(table);
  rows.forEach((row, i) => {
    planner(row);
    options.onProgress?.(i + 1, rows.length);
  });

  if (problems.length === 0) checkEntries(catalogue, snapshot, problems);
  if (problems.length > 0) return plan;
  plan.toComplete = toComplete(plan.rows, catalogue);
  plan.files = (['producers', 'products'] as const).flatMap((collection) =>
    [...catalogue[collection]]
      .filter(([, entry]) => entry.changed)
      .map(([slug, entry]) => ({
        path: `${collection}/${slug}.json`,
        before: entry.created ? null : entry.digest,
        text: jsonText(entry.data),
      })),
  );
  plan.files.sort((a, b) => a.path.localeCompare(b.path));
  return plan;
}

/** Remarks as annexes word them ("Đánh giá lại (chứng nhận cũ đã hết hạn)"), and what they say happened. */
const remarks: readonly [string, readonly RowChange[]][] = (
  [
    ['cấp mới', ['new']],
    ['nâng hạng', ['upgraded']],
    ['hạ hạng', ['downgraded']],
    ['đánh giá lại', ['renewed', 're-rated', 'earlier']],
    ['cấp lại', ['renewed', 're-rated', 'earlier']],
  ] as const
).map(([words, changes]) => [nameKey(words), changes]);

/** A note when the row's remark says otherwise than the catalogue and the stars do. */
function remarkNote(row: AnnexRow, remark: string, change: RowChange): Note | undefined {
  const key = nameKey(remark);
  const said = remarks.find(([words]) => key.includes(words));
  if (!said || said[1].includes(change)) return undefined;
  return { code: 'remark-differs', ...rowOf(row), remark, change };
}

function rowPlanner(
  table: Table,
  decision: Decision,
  snapshot: ContentSnapshot,
  catalogue: WorkingCatalogue,
  plan: ImportPlan,
) {
  const { problems, notes } = plan;
  const resolveAddress = addressResolver(snapshot.areas);
  const matchSubGroup = subGroupMatcher(snapshot.groups);
  const issuer = { name: decision.issuer, national: isNationalIssuer(decision.issuer, decision.number) };
  const twoLevel = decision.date >= '2025-07-01';
  const seen = new Map<string, number>();
  const field = (column: Column) => columnLabel(table, column);

  /** The producer of a row: the catalogue's, or a new one when the row says enough to create it. */
  function producerOf(row: AnnexRow, facts: RowFacts, place: ReturnType<typeof resolveAddress>) {
    const known = catalogue.producer(facts.producer);
    if (known) return { slug: known, created: catalogue.producers.get(known)?.created ?? false };
    const type = producerTypeOf(facts.producer);
    if (!type)
      problems.push({
        code: 'producer-type',
        ...rowOf(row),
        field: field('producer'),
        value: facts.producer,
      });
    if (place.kind !== 'placed') {
      problems.push({ code: 'no-commune', ...rowOf(row), field: field('address'), value: facts.address });
    }
    if (!type || place.kind !== 'placed') return undefined;
    const { kind: _, street, ...unit } = place;
    const name = producerDisplayName(facts.producer);
    const slug = catalogue.addProducer(name, {
      name: { vi: name },
      type,
      address: { ...(street ? { street } : {}), ...unit },
    });
    return { slug, created: true };
  }

  return (row: AnnexRow): void => {
    const facts = rowFacts(row, table, issuer, problems);
    if (!facts) return;
    const place = resolveAddress(facts.address, twoLevel);
    const planned = {
      ...rowOf(row),
      product: facts.name,
      producer: facts.producer,
      stars: facts.stars,
      score: facts.score,
    };
    if (place.kind === 'outside') {
      plan.rows.push({ ...planned, change: 'skipped' });
      return;
    }
    if (place.kind === 'unknown-commune' || place.kind === 'unknown-district') {
      const value = place.kind === 'unknown-commune' ? place.commune : place.district;
      problems.push({ code: place.kind, ...rowOf(row), field: field('address'), value });
      return;
    }
    const key = `${nameKey(facts.name)}|${nameKey(producerDisplayName(facts.producer))}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ code: 'duplicate', ...rowOf(row), field: field('name'), detail: String(first) });
      return;
    }
    seen.set(key, row.line);

    const producer = producerOf(row, facts, place);
    if (!producer) return;
    const certificate = {
      stars: facts.stars,
      score: facts.score,
      decision: decision.number,
      decisionDate: decision.date,
      issuedBy: decision.issuer,
      criteria: decision.criteria,
    };
    const touched = {
      ...planned,
      producerSlug: producer.slug,
      ...(producer.created ? { newProducer: true } : {}),
    };
    const known = catalogue.product(producer.slug, facts.name);
    const entry = known ? catalogue.products.get(known) : undefined;

    if (!known || !entry) {
      const group = matchSubGroup(facts.group);
      if (group.kind !== 'found') {
        problems.push({
          code: group.kind === 'ambiguous' ? 'ambiguous-group' : facts.group ? 'unknown-group' : 'missing',
          ...rowOf(row),
          field: field('group'),
          ...(facts.group ? { value: facts.group } : {}),
          ...(group.kind === 'ambiguous' ? { detail: group.codes.join(', ') } : {}),
        });
        return;
      }
      const slug = catalogue.addProduct({
        name: { vi: facts.name },
        producer: producer.slug,
        group: group.code,
        certificates: [{ ...certificate, kind: 'new' }],
      });
      const namesakes = catalogue.namesake(producer.slug, facts.name);
      if (namesakes[0]) notes.push({ code: 'same-name-elsewhere', ...rowOf(row), other: namesakes[0] });
      plan.rows.push({ ...touched, change: 'new', productSlug: slug });
      const note = remarkNote(row, facts.remark, 'new');
      if (note) notes.push(note);
      return;
    }

    const update = addCertificate(entry.data.certificates, certificate);
    if (update.kind === 'conflict') {
      const held = `${update.present.score} (${update.present.decisionDate})`;
      problems.push({
        code: 'certificate-conflict',
        ...rowOf(row),
        field: field('score'),
        value: String(facts.score),
        detail: held,
      });
      return;
    }
    if (update.kind === 'present') {
      plan.rows.push({ ...touched, change: 'unchanged', productSlug: known });
      return;
    }
    entry.data = { ...entry.data, certificates: update.certificates };
    entry.changed = true;
    const { change, previous } = update;
    plan.rows.push({
      ...touched,
      change,
      productSlug: known,
      ...(previous
        ? {
            previous: {
              stars: previous.stars,
              score: previous.score,
              decision: previous.decision,
              decisionDate: previous.decisionDate,
            },
          }
        : {}),
    });
    const note = remarkNote(row, facts.remark, change);
    if (note) notes.push(note);
    if (update.relabelled) {
      const { decision: later, kind = 'new' } = update.relabelled;
      notes.push({ code: 'later-kind-changed', ...rowOf(row), decision: later, kind });
    }
  };
}

/** The entries the annex touched that still lack what pages flag as to complete. */
function toComplete(rows: readonly PlannedRow[], catalogue: WorkingCatalogue): ToComplete[] {
  const list: ToComplete[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const producer = row.producerSlug ? catalogue.producers.get(row.producerSlug) : undefined;
    const product = row.productSlug ? catalogue.products.get(row.productSlug) : undefined;
    if (producer && row.producerSlug && !seen.has(`producers/${row.producerSlug}`)) {
      seen.add(`producers/${row.producerSlug}`);
      const missing = producerToComplete(producer.data);
      if (missing.length > 0) {
        list.push({ collection: 'producers', slug: row.producerSlug, name: producer.data.name.vi, missing });
      }
    }
    if (product && row.productSlug) {
      const missing = productToComplete(product.data);
      if (missing.length > 0) {
        list.push({ collection: 'products', slug: row.productSlug, name: product.data.name.vi, missing });
      }
    }
  }
  return list;
}
