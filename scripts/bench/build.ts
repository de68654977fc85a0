/**
 * Build benchmark: generates a national-scale catalogue (default 20,000 products from 8,000
 * producers, Vietnamese and English) in a temporary copy of the site, builds it with
 * its own build script (`npm run build`), and builds as many trivial Astro pages in the same run for comparison.
 * Prints a table and writes docs/bench-results/build.md.
 *
 * Usage: npm run bench:build -- [--products N] [--producers M] [--skip-trivial] [--profile] [--keep] [--worktree]
 *   [--node-arg=--max-semi-space-size=64 …] (Node options for the catalogue build only, through NODE_OPTIONS)
 *   [--patch docs/bench-results/fix.patch …] (a unified diff applied to the copy, to measure a fix before it lands)
 * It builds the committed site (git HEAD) unless --worktree asks for the working tree's files.
 * Run it under the build lock: flock /tmp/build.lock npm run bench:build
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Area } from '../../src/lib/content/schemas/area.ts';
import type { Group } from '../../src/lib/content/schemas/group.ts';
import { type BuildRun, runAstroBuild } from './build/astro-build.ts';
import { generateCatalogue } from './build/catalogue-generator.ts';
import { summariseProfiles } from './build/cpu-profile.ts';
import { timeOgCards } from './build/og-cards.ts';
import { writePhotos } from './build/photos.ts';
import {
  applyPatch,
  createCatalogueProject,
  createTrivialProject,
  sourceLabel,
  writeCatalogue,
} from './build/projects.ts';
import { ANALYSIS_MARKER, type BuildReport, goalsOf, renderBuildReport } from './build/report.ts';
import { validateCatalogue } from './build/validate.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { mebibytes } from './lib/rss-sampler.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    producers: { type: 'string', default: '8000' },
    seed: { type: 'string', default: '2025' },
    'skip-trivial': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'node-arg': { type: 'string', multiple: true, default: [] },
    keep: { type: 'boolean', default: false },
    worktree: { type: 'boolean', default: false },
    patch: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: 'docs/bench-results/build.md' },
  },
});
const count = (name: 'products' | 'producers' | 'seed') => {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, not "${options[name]}"`);
  return value;
};
const size = { products: count('products'), producers: count('producers'), seed: count('seed') };

const readJson = async <T>(path: string) => JSON.parse(await readFile(join(root, path), 'utf8')) as T;
const log = (message: string) => console.log(`[bench:build] ${message}`);
const logRun = (name: string, run: BuildRun) =>
  log(
    `${name}: ${run.pages} pages in ${(run.wallMs / 1000).toFixed(1)} s (${(run.pages / (run.wallMs / 1000)).toFixed(1)} pages/s), peak RSS ${mebibytes(run.rss.peakTreeBytes)} MiB`,
  );

const lookups = {
  groups: await readJson<Group[]>('content/groups.json'),
  areas: await readJson<Area[]>('content/areas.json'),
  protectedNames: await readJson<{ id: string }[]>('content/protected-names.json'),
};
const started = performance.now();
const source = options.worktree ? 'worktree' : 'head';
const siteDir = await createCatalogueProject(root, source);
// Proposed fixes to measure before they land: applied to the temporary copy only.
for (const patch of options.patch) applyPatch(siteDir, resolve(root, patch));
const photos = await writePhotos(join(siteDir, 'content/images'));
const catalogue = generateCatalogue(size, { ...lookups, photos });
validateCatalogue(catalogue, lookups);
await writeCatalogue(siteDir, catalogue);
log(
  `${catalogue.products.size} products, ${catalogue.producers.size} producers, ${catalogue.events.size} fairs generated, validated and written to ${siteDir} in ${Math.round(performance.now() - started)} ms; building…`,
);
const profileDir = join(siteDir, 'cpu-profiles');
const catalogueRun = await runAstroBuild(
  siteDir,
  [...options['node-arg'], ...(options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  { OCOP_OG_CARDS: 'off' },
);
logRun('catalogue', catalogueRun);
const ogCards = await timeOgCards(catalogue);
log(
  `Open Graph cards (left out of the build): ${ogCards.msPerCard.toFixed(1)} ms each over ${ogCards.cards}`,
);

let trivialRun: BuildRun | undefined;
let trivialDir: string | undefined;
if (!options['skip-trivial']) {
  trivialDir = await createTrivialProject(root, catalogueRun.pages);
  log(`trivial project in ${trivialDir}; building ${catalogueRun.pages} pages…`);
  trivialRun = await runAstroBuild(trivialDir);
  logRun('trivial pages', trivialRun);
}

const args = process.argv.slice(2).join(' ');
const report: BuildReport = {
  command: `npm run bench:build${args ? ` -- ${args}` : ''}`,
  source: `${sourceLabel(root, source)}${options.patch.length > 0 ? ` with ${options.patch.join(', ')} applied` : ''}`,
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  machine: describeMachine(machine(root)),
  products: catalogue.products.size,
  producers: catalogue.producers.size,
  events: catalogue.events.size,
  photos: photos.length,
  catalogue: catalogueRun,
  trivial: trivialRun,
  ogCards,
};
const markdown = renderBuildReport(report);
const profile = options.profile ? `\n${await summariseProfiles(profileDir, siteDir)}\n` : '';
console.log(`\n${markdown}${profile}`);
await mkdir(join(root, 'docs/bench-results'), { recursive: true });
const outFile = resolve(root, options.out);
const previous = existsSync(outFile) ? await readFile(outFile, 'utf8') : '';
const analysis = previous.includes(ANALYSIS_MARKER) ? previous.slice(previous.indexOf(ANALYSIS_MARKER)) : '';
await writeFile(outFile, analysis ? `${markdown}\n${analysis}` : markdown);
log(`wrote ${options.out}`);

if (options.keep) log(`kept ${siteDir}${trivialDir ? ` and ${trivialDir}` : ''} (build.log in each)`);
else await Promise.all([siteDir, trivialDir].map((dir) => dir && rm(dir, { recursive: true, force: true })));

const goals = goalsOf(report);
process.exitCode = goals.peakMet && (goals.ratioMet || !trivialRun) ? 0 : 1;
