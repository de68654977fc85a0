import { paths } from '../paths.ts';
import { taggedUrl } from '../seo/campaign.ts';

/** Where a fair visitor met the product: the kiosk screen or a printed card, label or catalogue. */
export type FairMedium = 'kiosk' | 'card' | 'label' | 'catalogue';

/**
 * The public product page, tagged with the fair as its source: utm_source=fair,
 * utm_medium=<where the QR code was>, utm_campaign=<fair slug>.
 */
export const fairProductUrl = (
  productSlug: string,
  fairSlug: string,
  medium: FairMedium,
  site: URL | string,
): string =>
  taggedUrl(paths.product('vi', productSlug), { source: 'fair', medium, campaign: fairSlug }, site);
