/** The JSON Schema of chu-the.json, made from the same column list as the file (built once: it changes only with the code). */
import type { APIRoute } from 'astro';
import { DATASET_TITLE } from '../../lib/open-data/dataset.ts';
import { producerTable } from '../../lib/open-data/producers.ts';
import { tableJsonSchema } from '../../lib/open-data/table.ts';
import { paths } from '../../lib/paths.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  Response.json(
    tableJsonSchema(producerTable, {
      id: new URL(paths.openDataFiles.producersSchema, site).href,
      title: `${DATASET_TITLE.en}: producers (chu-the.json)`,
    }),
  );
