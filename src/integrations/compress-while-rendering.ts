import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { CompressionWorker } from './compression-worker.ts';

/**
 * Astro's prerenderer, with each HTML page handed to a compression worker as soon as it is
 * rendered: compression runs on the second core while the main thread renders, instead of a
 * minute of its own after a national-scale build. Records the files it hands over in `compressed`.
 */
export function compressWhileRendering(
  base: AstroPrerenderer,
  clientDir: URL,
  compressed: Set<string>,
  logger: AstroIntegrationLogger,
): AstroPrerenderer {
  let worker: CompressionWorker | undefined;
  return {
    ...base,
    name: 'ocop:compress-while-rendering',
    async setup() {
      await base.setup?.();
      worker = new CompressionWorker();
    },
    async render(request, options) {
      const result = await base.render(request, options);
      const { response, metadata } = result instanceof Response ? { response: result } : result;
      const { pathname } = new URL(request.url);
      // Pages only (every page URL ends in a slash here): Astro writes them to <path>/index.html.
      if (
        !worker ||
        options.routeData.type !== 'page' ||
        response.status !== 200 ||
        !pathname.endsWith('/')
      ) {
        return result;
      }
      const body = new Uint8Array(await response.arrayBuffer());
      const path = fileURLToPath(new URL(`.${pathname}index.html`, clientDir));
      await worker.compress({ path, body: body.slice() });
      compressed.add(path);
      const page = new Response(body, { status: response.status, headers: response.headers });
      return metadata ? { response: page, metadata } : page;
    },
    async teardown() {
      try {
        await base.teardown?.();
      } finally {
        const count = await worker?.finish();
        logger.info(`${count ?? 0} pages compressed while rendering`);
      }
    },
  };
}
