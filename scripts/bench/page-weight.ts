/**
 * Page weight: starts the built production server (scripts/start.ts, which sends the .br files
 * written at build time), fetches the home, catalogue, a product and a producer page with
 * Accept-Encoding: br, then every stylesheet and script they load (link rel=stylesheet, script
 * src, modulepreload, and the modules those scripts import), and sums the bytes sent by kind.
 * Budget for a product page (issue 2): HTML + CSS + JS ≤ 60 KB compressed, of which JS ≤ 20 KB
 * (1 KB = 1,000 bytes). Exits non-zero when the product page is over budget.
 *
 * Usage: npm run build && npm run bench:weight [-- --product <slug>]
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startProductionServer } from '../lib/production-server.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { markdownTable } from './lib/markdown.ts';
import { cssImports, moduleImports, pageReferences } from './lib/page-resources.ts';
import { type RawResponse, rawGet } from './lib/raw-fetch.ts';
import { samplePages } from './lib/sample-pages.ts';

const BUDGET = { totalBytes: 60_000, jsBytes: 20_000 } as const;

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: options } = parseArgs({
  options: { product: { type: 'string' }, out: { type: 'string', default: 'docs/bench-results/weight.md' } },
});

if (!existsSync(join(root, 'dist/server/entry.mjs'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(2);
}
const pages = samplePages(root, options.product);

type Kind = 'html' | 'css' | 'js';
interface Resource {
  url: string;
  kind: Kind;
  encoding: string;
  transferred: number;
  decoded: number;
}
interface PageWeight {
  name: string;
  path: string;
  resources: Resource[];
  /** Modules only imported with import(): loaded on demand, not counted. */
  lazy: Resource[];
  /** Bytes of CSS inside the HTML's <style> blocks (uncompressed; sent, compressed, as part of the HTML). */
  inlineCss: number;
}

const inlineCssBytes = (html: string) =>
  [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce(
    (total, [, css = '']) => total + Buffer.byteLength(css),
    0,
  );

const responses = new Map<string, Promise<RawResponse>>();
const fetchOnce = (url: string) => {
  let response = responses.get(url);
  if (!response) {
    response = rawGet(url, 'br');
    responses.set(url, response);
  }
  return response;
};

async function resource(url: string, kind: Kind): Promise<{ resource: Resource; text: string }> {
  const response = await fetchOnce(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return {
    resource: {
      url,
      kind,
      encoding: response.encoding,
      transferred: response.transferred,
      decoded: response.body.length,
    },
    text: response.body.toString('utf8'),
  };
}

async function weigh(name: string, origin: string, path: string): Promise<PageWeight> {
  const pageUrl = new URL(path, origin).href;
  const page = await resource(pageUrl, 'html');
  const references = pageReferences(page.text, pageUrl);
  const found = new Map<string, Resource>([[pageUrl, page.resource]]);
  const lazy = new Map<string, Resource>();
  const sameOrigin = (url: string) => new URL(url).origin === origin;

  const styles = [...references.stylesheets];
  for (let url = styles.shift(); url; url = styles.shift()) {
    if (found.has(url) || !sameOrigin(url)) continue;
    const css = await resource(url, 'css');
    found.set(url, css.resource);
    styles.push(...cssImports(css.text).map((spec) => new URL(spec, url).href));
  }
  const scripts = references.scripts.map((url) => ({ url, eager: true }));
  for (let next = scripts.shift(); next; next = scripts.shift()) {
    const { url, eager } = next;
    if (found.has(url) || (!eager && lazy.has(url)) || !sameOrigin(url)) continue;
    const js = await resource(url, 'js');
    (eager ? found : lazy).set(url, js.resource);
    const imports = moduleImports(js.text);
    scripts.push(
      ...imports.static.map((spec) => ({ url: new URL(spec, url).href, eager })),
      ...imports.lazy.map((spec) => ({ url: new URL(spec, url).href, eager: false })),
    );
  }
  for (const url of found.keys()) lazy.delete(url);
  return {
    name,
    path,
    resources: [...found.values()],
    lazy: [...lazy.values()],
    inlineCss: inlineCssBytes(page.text),
  };
}

const sum = (resources: readonly Resource[], kind?: Kind, field: 'transferred' | 'decoded' = 'transferred') =>
  resources.filter((r) => !kind || r.kind === kind).reduce((total, r) => total + r[field], 0);
const kb = (bytes: number) => Number((bytes / 1000).toFixed(1));

const server = await startProductionServer({ root });
let weights: PageWeight[];
try {
  weights = [];
  for (const page of pages) weights.push(await weigh(page.name, server.url, page.path));
} finally {
  await server.stop();
}

const product = weights.find((w) => w.name === 'product') as PageWeight;
const productJs = sum(product.resources, 'js');
const productTotal = sum(product.resources);
const withinBudget = productJs <= BUDGET.jsBytes && productTotal <= BUDGET.totalBytes;

const summary = markdownTable(
  [
    'page',
    'path',
    'HTML kB',
    'CSS kB',
    'JS kB',
    'total kB',
    'files',
    'lazy JS kB (not counted)',
    'total uncompressed kB',
    'of which inline CSS kB',
  ],
  weights.map((w) => [
    w.name,
    w.path,
    kb(sum(w.resources, 'html')),
    kb(sum(w.resources, 'css')),
    kb(sum(w.resources, 'js')),
    kb(sum(w.resources)),
    w.resources.length,
    kb(sum(w.lazy)),
    kb(sum(w.resources, undefined, 'decoded')),
    kb(w.inlineCss),
  ]),
);
const files = markdownTable(
  ['file loaded by the product page', 'kind', 'encoding', 'bytes sent', 'bytes decoded'],
  [...product.resources, ...product.lazy.map((r) => ({ ...r, kind: `${r.kind}, lazy` }))].map((r) => [
    new URL(r.url).pathname,
    r.kind,
    r.encoding,
    r.transferred,
    r.decoded,
  ]),
);
const verdict = (met: boolean) => (met ? '**met**' : '**not met**');
const markdown = `# Page weight

Command: \`npm run build && npm run bench:weight${options.product ? ` -- --product ${options.product}` : ''}\`; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${describeMachine(machine(root))}.

Bytes as the production server sends them (scripts/start.ts, precompressed .br files) to a client sending
\`Accept-Encoding: br\`: each page's HTML, its stylesheets and scripts, and the modules those scripts import
statically; images and fonts are not counted. 1 kB = 1,000 bytes. Page CSS is inline in the HTML
(\`build.inlineStylesheets: 'always'\`), so it is sent, compressed, as part of the HTML column; the last column gives
its uncompressed size.

${summary}

Budget for a product page (issue 2): HTML + CSS + JS ≤ ${kb(BUDGET.totalBytes)} kB: ${kb(productTotal)} kB, ${verdict(productTotal <= BUDGET.totalBytes)};
JavaScript ≤ ${kb(BUDGET.jsBytes)} kB: ${kb(productJs)} kB, ${verdict(productJs <= BUDGET.jsBytes)}.

${files}
`;
console.log(markdown);
await mkdir(join(root, 'docs/bench-results'), { recursive: true });
await writeFile(resolve(root, options.out), markdown);
console.log(`[bench:weight] wrote ${options.out}`);
process.exitCode = withinBudget ? 0 : 1;
