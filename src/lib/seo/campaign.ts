import { absoluteUrl } from '../paths.ts';

/**
 * Where a visitor met a link, in the UTM convention every analytics tool reads: the channel
 * (utm_source), the thing that carried the link (utm_medium) and, for an event, which one
 * (utm_campaign). The page is the same with or without the tags (its canonical URL has none).
 */
export interface Campaign {
  source: string;
  medium: string;
  campaign?: string;
}

/** The QR code printed on a product's trade sheet. */
export const tradeSheetCampaign: Campaign = { source: 'trade-sheet', medium: 'qr' };

/** An absolute URL on the public site with its campaign tags. */
export function taggedUrl(path: string, tags: Campaign, site: URL | string): string {
  const url = new URL(absoluteUrl(path, site));
  url.searchParams.set('utm_source', tags.source);
  url.searchParams.set('utm_medium', tags.medium);
  if (tags.campaign) url.searchParams.set('utm_campaign', tags.campaign);
  return url.href;
}
