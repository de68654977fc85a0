/** The JSON Schema of san-pham.json, made from the same column list as the file (built once: it changes only with the code). */
import type { APIRoute } from 'astro';
import { DATASET_TITLE } from '../../lib/open-data/dataset.ts';
import { productTable } from '../../lib/open-data/products.ts';
import { tableJsonSchema } from '../../lib/open-data/table.ts';
import { paths } from '../../lib/paths.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  Response.json(
    tableJsonSchema(productTable, {
      id: new URL(paths.openDataFiles.productsSchema, site).href,
      title: `${DATASET_TITLE.en}: products (san-pham.json)`,
    }),
  );
