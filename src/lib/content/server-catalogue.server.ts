/**
 * Where the on-demand routes get their catalogue: from the file the build wrote beside dist/server
 * (scripts/start.ts names it), or straight from the content collections in `astro dev`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ServerCatalogue,
  type ServerCatalogueData,
  serverCatalogue,
  serverCatalogueData,
} from './server-catalogue.ts';

/** Route of the prerendered endpoint (src/pages/server-catalogue.json.ts) relative to the site root. */
export const SERVER_CATALOGUE_ROUTE = 'server-catalogue.json';

/** Where the build hook moves the file: dist/server-catalogue.json, out of the public client folder. */
export const builtServerCataloguePath = (distDir: string): string => join(distDir, SERVER_CATALOGUE_ROUTE);

/** The environment variable through which scripts/start.ts tells the server bundle where the file is. */
export const SERVER_CATALOGUE_ENV = 'OCOP_SERVER_CATALOGUE';

async function fromBuild(): Promise<ServerCatalogueData> {
  const path = process.env[SERVER_CATALOGUE_ENV] ?? builtServerCataloguePath(join(process.cwd(), 'dist'));
  return JSON.parse(await readFile(path, 'utf8')) as ServerCatalogueData;
}

async function fromCollections(): Promise<ServerCatalogueData> {
  const { loadCatalogue } = await import('./catalogue.ts');
  return serverCatalogueData(await loadCatalogue());
}

let cached: Promise<ServerCatalogue> | undefined;

/** Read once: content is fixed for the life of a build. */
export function loadServerCatalogue(): Promise<ServerCatalogue> {
  // A constant in the build, so the bundler drops fromCollections and astro:content with it.
  cached ??= (import.meta.env.DEV ? fromCollections() : fromBuild()).then(serverCatalogue, (error) => {
    cached = undefined; // read again on the next request (e.g. once a rebuild has finished)
    throw error;
  });
  return cached;
}
