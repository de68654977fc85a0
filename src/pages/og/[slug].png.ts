/** Open Graph card of each product (paths.ogImage), rendered at build time and cached between builds. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalogue, type ProductView } from '../../lib/content/catalogue.ts';
import { certificateDates } from '../../lib/content/certificate-status.ts';
import { statusLabel } from '../../lib/format/status.ts';
import { cachedOgImage } from '../../lib/seo/og-image-cache.server.ts';

export const getStaticPaths = (async () => {
  // OCOP_OG_CARDS=off leaves the cards out of a build (benchmarks, quick previews): sharp takes
  // tens of milliseconds per card, which a national catalogue multiplies by 20,000.
  if (process.env.OCOP_OG_CARDS === 'off') return [];
  const catalogue = await loadCatalogue();
  return catalogue.products.map((view) => ({ params: { slug: view.slug }, props: { view } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ProductView }> = async ({ props: { view } }) => {
  const { product, producer, group, subGroup, certificate } = view;
  const png = await cachedOgImage({
    name: product.name.vi,
    subtitle: product.name.en,
    standing:
      view.currentStars === null
        ? { lapsed: `OCOP · ${statusLabel(certificate.status, 'vi', certificateDates(certificate))}` }
        : { stars: view.currentStars },
    producer: producer.data.name.vi,
    group: `${group.name.vi} · ${subGroup.name.vi}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
