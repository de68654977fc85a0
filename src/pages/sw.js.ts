import type { APIRoute } from 'astro';
import { loadFairs } from '../lib/fairs/fairs.ts';
import { offlineConfig } from '../lib/fairs/offline-config.ts';
import workerUrl from '../lib/fairs/sw/worker.ts?worker&url';

/**
 * The service worker (paths.serviceWorker), at the root so its scope covers every page. The code is
 * bundled by Vite as a classic worker script under /_astro/; this file gives it the build's fairs.
 * Every build gets a new version, so browsers install the new worker and rebuild their cache.
 */
const version = Date.now().toString(36);

export const GET: APIRoute = async () => {
  const config = offlineConfig(await loadFairs(), version);
  const body = `self.OCOP_OFFLINE = ${JSON.stringify(config)};\nimportScripts(${JSON.stringify(workerUrl)});\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
