import { paths } from '../paths.ts';
import type { FairView } from './fairs.ts';

export interface OfflineFair {
  name: string;
  page: string;
  kiosk: string;
  /** Every page and data file that must work without a connection. */
  paths: string[];
}

/** What the service worker is built with (src/pages/sw.js.ts writes it before the worker code). */
export interface OfflineConfig {
  /** Cache name suffix: a new build gets a new cache, and the old one is dropped on activation. */
  version: string;
  fairs: Record<string, OfflineFair>;
}

/** Fair page in both languages, kiosk, search index and the product pages of the fair in both languages. */
export function fairOfflinePaths(fair: FairView): string[] {
  return [
    paths.fair('vi', fair.slug),
    paths.fair('en', fair.slug),
    paths.kiosk(fair.slug),
    paths.fairSearchIndex(fair.slug),
    ...fair.products.flatMap((view) => [paths.product('vi', view.slug), paths.product('en', view.slug)]),
  ];
}

export const offlineConfig = (fairs: readonly FairView[], version: string): OfflineConfig => ({
  version,
  fairs: Object.fromEntries(
    fairs.map((fair) => [
      fair.slug,
      {
        name: fair.event.name.vi,
        page: paths.fair('vi', fair.slug),
        kiosk: paths.kiosk(fair.slug),
        paths: fairOfflinePaths(fair),
      },
    ]),
  ),
});
