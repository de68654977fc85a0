/**
 * A build the server can serve: the folder `npm run build` or a publish wrote (pages in
 * client/, the on-demand routes' bundle in server/, beside them the catalogue those routes read
 * and the search documents). Loaded whole before it is served, so switching to another build is
 * one assignment.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ServerCatalogue,
  type ServerCatalogueData,
  serverCatalogue,
} from '../../lib/content/server-catalogue.ts';
import { SERVER_CATALOGUE_FILE } from '../../lib/content/server-catalogue-file.ts';
import {
  builtDocumentsPath,
  type DocumentsFile,
  readDocumentsFile,
} from '../../lib/search/documents-file.server.ts';
import type { SiteRuntime } from '../../lib/site-runtime.ts';

/**
 * @astrojs/node's handler in middleware mode: `locals` become `Astro.locals` of the route, and
 * `next` is called when no route matches.
 */
export type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (() => Promise<void>) | undefined,
  locals: Partial<App.Locals> & { runtime: SiteRuntime },
) => Promise<void>;

export interface Release {
  /** The build's folder (dist/ or a published release). */
  dir: string;
  clientDir: string;
  handler: AstroHandler;
  catalogue: ServerCatalogue;
  /** The search documents and every product group, as the build wrote them. */
  search: DocumentsFile;
}

export class MissingBuildError extends Error {
  override name = 'MissingBuildError';
}

/** Reads everything a build needs to be served; throws a MissingBuildError naming what is absent. */
export async function loadRelease(dir: string): Promise<Release> {
  const entry = join(dir, 'server', 'entry.mjs');
  const catalogueFile = join(dir, SERVER_CATALOGUE_FILE);
  for (const file of [entry, catalogueFile, builtDocumentsPath(dir)]) {
    if (!existsSync(file))
      throw new MissingBuildError(
        `No complete build in ${dir} (${file} is missing). Run \`npm run build\` first.`,
      );
  }
  const [module, data, search] = await Promise.all([
    import(pathToFileURL(entry).href) as Promise<{ handler: AstroHandler }>,
    readFile(catalogueFile, 'utf8').then((text) => JSON.parse(text) as ServerCatalogueData),
    readDocumentsFile(builtDocumentsPath(dir)),
  ]);
  return {
    dir,
    clientDir: join(dir, 'client'),
    handler: module.handler,
    catalogue: serverCatalogue(data),
    search,
  };
}
