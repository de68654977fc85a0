/**
 * The catalogue the on-demand routes need (src/lib/content/server-catalogue.ts), rendered once at
 * build time. Not public: the build hook (src/integrations/server-catalogue.ts) moves the file
 * out of the client folder.
 */
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../lib/content/catalogue.ts';
import { contentToday } from '../lib/content/certificate-status.ts';
import { serverCatalogueData } from '../lib/content/server-catalogue.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  Response.json(serverCatalogueData(await loadCatalogue(), contentToday()));
