/**
 * The search documents of the whole catalogue, rendered once at build time. Not public: the
 * build hook (src/integrations/meilisearch.ts) moves the file to dist/search/ for the reindex;
 * in dev the Meilisearch integration reads it from here.
 */

import { getImage } from 'astro:assets';
import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { loadCatalogue, type ProductView } from '../../lib/content/catalogue.ts';
import { type Thumbnail, toSearchDocument } from '../../lib/search/documents.ts';
import type { DocumentsFile } from '../../lib/search/documents-file.server.ts';

export const prerender = true;

/** Shown at 80×60 CSS pixels in results: twice that for sharp screens. */
const THUMBNAIL = { width: 160, height: 120 } as const;

async function thumbnail(view: ProductView): Promise<Thumbnail | undefined> {
  const photo = view.product.photos[0];
  if (!photo) return undefined;
  const image = await getImage({ src: photo.src, ...THUMBNAIL, fit: 'cover', format: 'webp' });
  return { src: image.src, ...THUMBNAIL };
}

export const GET: APIRoute = async () => {
  const catalogue = await loadCatalogue();
  const concepts = (await getCollection('concepts')).map((entry) => entry.data);
  const documents = await Promise.all(
    catalogue.products.map(async (view) => {
      const thumb = await thumbnail(view);
      return toSearchDocument(view, { concepts, ...(thumb ? { thumbnail: thumb } : {}) });
    }),
  );
  const groups = catalogue.groups.map((g) => ({ id: g.id, name: g.name }));
  return Response.json({ documents, groups } satisfies DocumentsFile);
};
