/**
 * A QR code scan, recognised from the address it opens: QR codes on fair material and trade
 * sheets link to a product page with campaign tags (src/lib/fairs/fair-link.ts,
 * src/lib/seo/campaign.ts), so the request itself says which fair, medium and product.
 */
import { fairMedia } from '../fairs/fair-link.ts';
import { productSlugOfPath } from '../paths.ts';
import { tradeSheetCampaign } from '../seo/campaign.ts';
import type { ScanKey } from './records.ts';

/** How a trade sheet's scans are counted: no fair, this medium. */
export const TRADE_SHEET_MEDIUM = 'trade-sheet';

const FAIR_SLUG = /^[a-z0-9-]{1,100}$/;
const isFairMedium = (value: string | null): value is (typeof fairMedia)[number] =>
  (fairMedia as readonly (string | null)[]).includes(value);

/** The scan a request URL (path and query) records, or undefined when it is no QR code's. */
export function scanOf(url: string): ScanKey | undefined {
  // Cheap before any parsing: almost every request has no campaign tags.
  if (!url.includes('utm_source=')) return undefined;
  const parsed = new URL(url, 'http://site');
  const product = productSlugOfPath(parsed.pathname);
  if (!product) return undefined;
  const tags = parsed.searchParams;
  const source = tags.get('utm_source');
  const medium = tags.get('utm_medium');
  if (source === 'fair') {
    const fair = tags.get('utm_campaign') ?? '';
    return isFairMedium(medium) && FAIR_SLUG.test(fair) ? { fair, medium, product } : undefined;
  }
  if (source === tradeSheetCampaign.source && medium === tradeSheetCampaign.medium)
    return { fair: '', medium: TRADE_SHEET_MEDIUM, product };
  return undefined;
}
