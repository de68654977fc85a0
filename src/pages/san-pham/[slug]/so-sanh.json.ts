import type { APIRoute } from 'astro';
import { type ProductFileRouteProps, productFileRoutes } from '../../../lib/content/routes.ts';
import type { CompareFactsFile } from '../../../lib/enquiries/comparison.ts';
import { compareFacts } from '../../../lib/format/trade-facts.ts';

export const getStaticPaths = productFileRoutes;

/** A product's facts for the basket's comparison (paths.compareFacts), in both languages. */
export const GET: APIRoute<ProductFileRouteProps> = ({ props }) =>
  Response.json({
    vi: compareFacts(props.view, 'vi'),
    en: compareFacts(props.view, 'en'),
  } satisfies CompareFactsFile);
