/**
 * Fairs joined with the products they show, for the fair pages, kiosk, print pages, search index
 * and service worker. Products keep the order the event file lists them in (the booth's order).
 */
import { type EventEntry, loadCatalogue, type ProductView } from '../content/catalogue.ts';
import { showsAtBooth } from './booth.ts';

export interface FairView {
  slug: string;
  event: EventEntry['data'];
  products: ProductView[];
}

export async function loadFairs(): Promise<FairView[]> {
  const catalogue = await loadCatalogue();
  return catalogue.events.map((entry) => ({
    slug: entry.id,
    event: entry.data,
    products: entry.data.products
      .map((slug) => {
        const view = catalogue.product(slug);
        // The event schema checked every reference; a miss here is a bug, not bad content.
        if (!view) throw new Error(`events/${entry.id}: unresolved product ${slug}`);
        return view;
      })
      .filter(showsAtBooth),
  }));
}

export interface FairRouteProps {
  fair: FairView;
}

/** getStaticPaths() of every per-fair route (`[fair]` parameter). */
export async function fairRoutes() {
  return (await loadFairs()).map((fair) => ({
    params: { fair: fair.slug },
    props: { fair } satisfies FairRouteProps,
  }));
}
