import { html } from 'lit';
import type { TrackingStrings } from '../lib/i18n/tracking.ts';

/**
 * The buyer's tracking link after sending (enquiry form and basket), as the thank-you page shows
 * it: followed on this site whatever origin SITE_URL names.
 */
export const trackingLink = (url: string, text: Pick<TrackingStrings, 'trackLink' | 'trackKeep'>) =>
  html`<p>${text.trackLink} <a href=${new URL(url).pathname}>${url}</a><br />${text.trackKeep}</p>`;
