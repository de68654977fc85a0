// @ts-check
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { meilisearch } from './src/integrations/meilisearch.ts';
import { precompress } from './src/integrations/precompress.ts';
import { serverCatalogue } from './src/integrations/server-catalogue.ts';
import { isListedInSitemap, openDataFileUrls, withAlternates } from './src/lib/seo/sitemap.ts';
import { SITE_URL } from './src/lib/site.ts';

export default defineConfig({
  site: SITE_URL,
  // Pages are static unless they opt out (search, enquiries, admin): a CDN or the Node server can serve them as files.
  output: 'static',
  // Middleware mode: scripts/start.ts serves static files itself and hands the rest to the adapter.
  adapter: node({ mode: 'middleware' }),
  // Trailing slashes everywhere so every page has exactly one URL (canonical, sitemap and links agree).
  trailingSlash: 'always',
  security: {
    // Astro compares Origin with the URL it reconstructs, which behind a TLS proxy is not the public
    // origin, so every form post would be refused in production. Each POST handler checks the
    // origin itself instead (src/lib/auth/same-origin.server.ts), JSON included.
    checkOrigin: false,
  },
  // meilisearch() and serverCatalogue() first: they move server-only files out of the client folder before precompress() sees them.
  integrations: [
    meilisearch(),
    serverCatalogue(),
    // No i18n option: it pairs pages by identical paths after the locale prefix, which ours never
    // have (/san-pham/x/ and /en/products/x/), at a cost of every URL against every other (a minute
    // at 60,000 pages). withAlternates translates each path instead, the way the page heads do.
    // The open data files are rendered on request (statuses of the day), so they are named here.
    sitemap({ filter: isListedInSitemap, serialize: withAlternates, customPages: [...openDataFileUrls] }),
    precompress(),
  ],
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    // Vietnamese lives at the root, English under /en/.
    routing: { prefixDefaultLocale: false },
  },
  build: {
    // Every page's CSS inline (a few kB compressed): no render-blocking stylesheet request on slow 4G.
    // 'auto' would inline nothing here, since it compares with assetsInlineLimit, which is 0 below.
    inlineStylesheets: 'always',
    // Two pages at a time: sharp (OG cards) and file writes run off the main thread, so they overlap rendering.
    concurrency: 2,
  },
  vite: {
    build: {
      // Never inline scripts: the CSP allows scripts from 'self' only, without hashes.
      assetsInlineLimit: 0,
    },
  },
  image: {
    // Generated sample photos are small JPEG sources; sharp makes the responsive WebP set.
    responsiveStyles: false,
  },
  env: {
    schema: {
      MEILI_HOST: envField.string({ context: 'server', access: 'secret', optional: true }),
      MEILI_ADMIN_KEY: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Search-only key for the site's queries; scripts/start.ts derives it when it runs Meilisearch.
      MEILI_SEARCH_KEY: envField.string({ context: 'server', access: 'secret', optional: true }),
      OCOP_DATA_DIR: envField.string({ context: 'server', access: 'secret', optional: true }),
      SMTP_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      TRUST_PROXY: envField.boolean({ context: 'server', access: 'secret', default: false }),
    },
  },
});
