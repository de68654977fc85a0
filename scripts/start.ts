/**
 * Production server: serves the built site (dist/): static files itself (precompressed when the
 * client accepts it), on-demand routes through @astrojs/node's handler (middleware mode), every
 * response with the security headers; and its search engine: it runs
 * Meilisearch (or connects to MEILI_HOST), brings the index up to date with the build, and stops
 * Meilisearch with the site.
 * Usage: npm start (after npm run build). PORT and HOST override the address.
 */

import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  builtServerCataloguePath,
  SERVER_CATALOGUE_ENV,
} from '../src/lib/content/server-catalogue.server.ts';
import { builtDocumentsPath, readDocumentsFile } from '../src/lib/search/documents-file.server.ts';
import { serveSearchApi } from '../src/lib/search/search-api-http.server.ts';
import { startSearchRuntime } from '../src/lib/search/search-runtime.server.ts';
import { servePrecompressed } from '../src/server/precompressed.ts';
import { applySecurityHeaders } from '../src/server/security-headers.ts';
import { serveSlashlessInPlace } from '../src/server/slashless-requests.ts';
import { serveStaticFile } from '../src/server/static-files.ts';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const entry = new URL('../dist/server/entry.mjs', import.meta.url);
// The on-demand routes read the catalogue from this file, whatever the working folder.
process.env[SERVER_CATALOGUE_ENV] = builtServerCataloguePath(distDir);
if (!existsSync(entry) || !existsSync(process.env[SERVER_CATALOGUE_ENV])) {
  console.error('No complete build found in dist/. Run `npm run build` first.');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';

// Before the site: pages serve even if this fails (search then answers 503 until Meilisearch is back).
const documentsFile = builtDocumentsPath(distDir);
const search = await startSearchRuntime({
  documents: async () => (await readDocumentsFile(documentsFile)).documents,
});
// The product groups the search API validates against (without a build's search data, the Astro route answers).
const groups = await readDocumentsFile(documentsFile).then(
  (data) => data.groups,
  () => [],
);

// The adapter would start its own server on import; we start ours around its handler instead.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = (await import(entry.href)) as {
  handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
};

/** A URL with a broken percent-encoding (e.g. /%E0%A4%A) can name no page: 400, never a 500. */
const isDecodable = (url = '/') => {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
};

const clientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

const server = createServer(async (req, res) => {
  applySecurityHeaders(res);
  if (!isDecodable(req.url)) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request: malformed URL');
    return;
  }
  serveSlashlessInPlace(req);
  if (groups.length > 0 && (await serveSearchApi(req, res, groups))) return;
  if (await servePrecompressed(req, res, clientDir)) return;
  if (await serveStaticFile(req, res, clientDir)) return;
  handler(req, res);
});

server.listen(port, host, () => console.log(`OCOP Bắc Kạn on http://${host}:${port}/`));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // Keep-alive sockets would hold close() open; give in-flight requests a moment, then go
  // (Meilisearch is killed on exit if it has not stopped by then).
  setTimeout(() => process.exit(0), 5000).unref();
  await Promise.allSettled([new Promise((resolve) => server.close(resolve)), search.stop()]);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
