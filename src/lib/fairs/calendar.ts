import { absoluteUrl, paths } from '../paths.ts';
import type { FairView } from './fairs.ts';
import { type CalendarEvent, icsCalendar } from './ics.ts';

const PRODUCT_ID = '-//OCOP Bac Kan//Fair calendar//VI';

/** The fair as a calendar event, in Vietnamese with the English description after it. */
export function fairCalendarEvent(fair: FairView, site: URL | string, stamp: Date): CalendarEvent {
  const { event } = fair;
  const booths = event.boothNumbers.length > 0 ? ` (${event.boothNumbers.join(', ')})` : '';
  const url = absoluteUrl(paths.fair('vi', fair.slug), site);
  const description = [
    event.description.vi,
    `Gian hàng Bắc Kạn${booths}: ${event.booths} gian, ${fair.products.length} sản phẩm OCOP.`,
    ...(event.description.en ? ['', event.description.en] : []),
    '',
    url,
  ].join('\n');
  return {
    uid: `${fair.slug}@${new URL(site).hostname}`,
    stamp,
    start: event.start,
    end: event.end,
    summary: `${event.name.vi} – gian hàng Bắc Kạn${booths}`,
    location: `${event.venue.vi}, ${event.city}`,
    description,
    url,
    language: 'vi',
  };
}

export const fairIcs = (fair: FairView, site: URL | string, stamp: Date): string =>
  icsCalendar(fairCalendarEvent(fair, site, stamp), PRODUCT_ID);
