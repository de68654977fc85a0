/**
 * How an open data file is answered: made on request (statuses are for the day it is read),
 * validated by an ETag of its content so a reader polling it gets a 304 while nothing changed,
 * cached briefly (a status changes at midnight in Vietnam, at most this long before readers see
 * it), and readable by scripts on other origins (it is public, and no cookie is involved).
 */
import { createHash } from 'node:crypto';
import { paths } from '../paths.ts';
import type { SiteRuntime } from '../site-runtime.ts';
import type { OpenDataFileId } from './dataset.ts';
import { jsonFileHead } from './dataset.ts';
import { certificateFeed } from './feed.ts';
import { producerRows, producerTable } from './producers.ts';
import { productRows, productTable } from './products.ts';
import { tableCsv, tableJson } from './table.ts';

export const OPEN_DATA_MAX_AGE_SECONDS = 600;

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;

type Format = keyof typeof contentTypes;
type Served = Exclude<OpenDataFileId, 'productsSchema' | 'producersSchema'>;

const formatOf: Record<Served, Format> = {
  productsCsv: 'csv',
  productsJson: 'json',
  producersCsv: 'csv',
  producersJson: 'json',
  certificateFeed: 'atom',
};

/** The file's content for the catalogue being served, on the server's today. */
async function body(file: Served, runtime: SiteRuntime): Promise<string> {
  const catalogue = await runtime.catalogue();
  const today = runtime.today();
  const site = runtime.site.url;
  if (file === 'certificateFeed') return certificateFeed(catalogue, today, site);
  const products = productRows(catalogue, today, site);
  if (file === 'productsCsv') return tableCsv(productTable, products);
  if (file === 'productsJson')
    return tableJson(productTable, jsonFileHead('productsSchema', site, today), products);
  const producers = producerRows(catalogue.producers, products, site);
  if (file === 'producersCsv') return tableCsv(producerTable, producers);
  return tableJson(producerTable, jsonFileHead('producersSchema', site, today), producers);
}

const fileName = (file: Served) => paths.openDataFiles[file].split('/').at(-1) ?? '';

/** The response to a GET (or HEAD) for one of the files: 200 with it, or 304 when the reader has it. */
export async function openDataResponse(
  file: Served,
  request: Request,
  runtime: SiteRuntime,
): Promise<Response> {
  const content = await body(file, runtime);
  const etag = `"${createHash('sha256').update(content).digest('base64url').slice(0, 32)}"`;
  const headers = new Headers({
    ETag: etag,
    'Cache-Control': `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
    'Access-Control-Allow-Origin': '*',
  });
  const known = request.headers.get('if-none-match');
  if (known?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
    return new Response(null, { status: 304, headers });
  headers.set('Content-Type', contentTypes[formatOf[file]]);
  headers.set('Content-Disposition', `inline; filename="${fileName(file)}"`);
  return new Response(content, { headers });
}
