/**
 * Production server: serves the built site (dist/) through @astrojs/node's standalone handler,
 * wrapped so that every response carries the security headers.
 * Usage: npm start (after npm run build). PORT and HOST override the address.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { servePrecompressed } from '../src/server/precompressed.ts';
import { applySecurityHeaders } from '../src/server/security-headers.ts';

const entry = new URL('../dist/server/entry.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('No build found in dist/. Run `npm run build` first.');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';

// The adapter would start its own server on import; we start ours around its handler instead.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = (await import(entry.href)) as {
  handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
};

const clientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

const server = createServer(async (req, res) => {
  applySecurityHeaders(res);
  if (await servePrecompressed(req, res, clientDir)) return;
  handler(req, res);
});

server.listen(port, host, () => console.log(`OCOP Bắc Kạn on http://${host}:${port}/`));

const stop = () => {
  server.close(() => process.exit(0));
  // Keep-alive sockets would hold close() open; give in-flight requests a moment, then go.
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
