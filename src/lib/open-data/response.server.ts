/**
 * How an open data file is answered: made on request (statuses are for the day it is read), once
 * per day and build, gzipped for readers that accept it; validated by an ETag of its content so a
 * reader polling it gets a 304 while nothing changed; cached briefly (a status changes at midnight
 * in Vietnam, at most this long before readers see it); readable by scripts on other origins (it
 * is public, and no cookie is involved).
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ServerCatalogue } from '../content/server-catalogue.ts';
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
function body(file: Served, catalogue: ServerCatalogue, today: string, site: string): string {
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

interface Made {
  plain: Buffer;
  gzipped: Buffer;
  /** Of the content; the gzipped representation's tag adds "-gz" (another body, another tag). */
  hash: string;
}

async function make(file: Served, catalogue: ServerCatalogue, today: string, site: string): Promise<Made> {
  const plain = Buffer.from(body(file, catalogue, today, site));
  const hash = createHash('sha256').update(plain).digest('base64url').slice(0, 32);
  return { plain, gzipped: await promisify(gzip)(plain), hash };
}

/**
 * The files of the day, per build being served: a file is made on its first request of the day
 * (a national catalogue's is megabytes), then answered from here until the day or the build changes.
 */
const madeToday = new WeakMap<
  ServerCatalogue,
  { today: string; site: string; files: Map<Served, Promise<Made>> }
>();

function made(file: Served, catalogue: ServerCatalogue, today: string, site: string): Promise<Made> {
  let day = madeToday.get(catalogue);
  if (!day || day.today !== today || day.site !== site) {
    day = { today, site, files: new Map() };
    madeToday.set(catalogue, day);
  }
  let found = day.files.get(file);
  if (!found) {
    found = make(file, catalogue, today, site);
    day.files.set(file, found);
  }
  return found;
}

/** The response to a GET (or HEAD) for one of the files: 200 with it, or 304 when the reader has it. */
export async function openDataResponse(
  file: Served,
  request: Request,
  runtime: SiteRuntime,
): Promise<Response> {
  const catalogue = await runtime.catalogue();
  const { plain, gzipped, hash } = await made(file, catalogue, runtime.today(), runtime.site.url);
  const zipped = (request.headers.get('accept-encoding') ?? '').includes('gzip');
  const etag = zipped ? `"${hash}-gz"` : `"${hash}"`;
  const headers = new Headers({
    ETag: etag,
    'Cache-Control': `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
    'Access-Control-Allow-Origin': '*',
    Vary: 'Accept-Encoding',
  });
  const known = request.headers.get('if-none-match') ?? '';
  if (known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
    return new Response(null, { status: 304, headers });
  headers.set('Content-Type', contentTypes[formatOf[file]]);
  headers.set('Content-Disposition', `inline; filename="${fileName(file)}"`);
  if (zipped) headers.set('Content-Encoding', 'gzip');
  return new Response(new Uint8Array(zipped ? gzipped : plain), { headers });
}
