/**
 * Imports a certification decision's annex into content/.
 * Usage: npm run import -- <file.xlsx|file.csv> [--decision 1520/QĐ-UBND --date 15/11/2022
 *        --issuer "UBND tỉnh Bắc Kạn"] [--dry-run] [--report plan.json] [--content content/] [--lang vi|en]
 * Exit status: 0 imported (or nothing to change, or a dry run found no problem); 1 the file was
 * refused (one line per problem, nothing written); 2 the command was used wrongly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale } from '../src/lib/i18n/locales.ts';
import { registryText } from '../src/lib/i18n/registry.ts';
import { applyPlan, StalePlan } from '../src/lib/registry/apply.ts';
import { readContentSnapshot } from '../src/lib/registry/content-snapshot.ts';
import { planImport } from '../src/lib/registry/plan.ts';
import { formatPlan, planReport } from '../src/lib/registry/report.ts';

const USAGE =
  'usage: npm run import -- <file.xlsx|file.csv> [--decision <number>] [--date <dd/mm/yyyy>] [--issuer <body>] [--dry-run] [--report <file.json>] [--content <dir>] [--lang vi|en]';

/** Rows between two progress lines; smaller annexes finish before one would help. */
const PROGRESS_EVERY = 1000;

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        decision: { type: 'string' },
        date: { type: 'string' },
        issuer: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        report: { type: 'string' },
        content: { type: 'string', default: 'content' },
        lang: { type: 'string', default: 'vi' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
}

const { values, positionals } = parse();
const [file, ...extra] = positionals;
if (!file || extra.length > 0)
  usage(file ? `one file at a time, not ${positionals.length}` : 'no file given');
const locale = values.lang;
if (!isLocale(locale)) usage(`--lang: vi or en, not ${locale}`);
const text = registryText[locale];

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  usage(
    `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
  );
}

const plan = await planImport(
  bytes,
  basename(file),
  {
    ...(values.decision === undefined ? {} : { decision: values.decision }),
    ...(values.date === undefined ? {} : { date: values.date }),
    ...(values.issuer === undefined ? {} : { issuer: values.issuer }),
    onProgress: (done, total) => {
      if (total >= PROGRESS_EVERY && (done % PROGRESS_EVERY === 0 || done === total)) {
        console.error(text.progress(done, total));
      }
    },
  },
  readContentSnapshot(values.content),
);

const apply = plan.problems.length === 0 && !values['dry-run'];
if (apply) {
  try {
    applyPlan(plan, values.content);
  } catch (error) {
    if (!(error instanceof StalePlan)) throw error;
    console.error(text.stale(error.path));
    process.exit(1);
  }
}
console.log(formatPlan(plan, locale, apply));
if (values.report)
  writeFileSync(values.report, `${JSON.stringify(planReport(plan, locale, apply), null, 2)}\n`);
process.exit(plan.problems.length > 0 ? 1 : 0);
