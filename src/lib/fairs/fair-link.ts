import { absoluteUrl, paths } from '../paths.ts';

/** Where a fair visitor met the product: the kiosk screen or a printed card, label or catalogue. */
export type FairMedium = 'kiosk' | 'card' | 'label' | 'catalogue';

/**
 * The public product page, tagged with the fair as its source in the UTM convention that every
 * analytics tool reads: utm_source=fair, utm_medium=<where the QR code was>, utm_campaign=<fair slug>.
 * The page is the same with or without the tags (its canonical URL has none).
 */
export function fairProductUrl(
  productSlug: string,
  fairSlug: string,
  medium: FairMedium,
  site: URL | string,
): string {
  const url = new URL(absoluteUrl(paths.product('vi', productSlug), site));
  url.searchParams.set('utm_source', 'fair');
  url.searchParams.set('utm_medium', medium);
  url.searchParams.set('utm_campaign', fairSlug);
  return url.href;
}
