import type { Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import { absoluteUrl, paths } from '../paths.ts';
import type { FairView } from './fairs.ts';

/** schema.org Event for a fair page: search engines show the dates and the venue. */
export function fairJsonLd(fair: FairView, locale: Locale, site: URL) {
  const { event } = fair;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: pickText(event.name, locale),
    description: pickText(event.description, locale),
    startDate: event.start,
    endDate: event.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: absoluteUrl(paths.fair(locale, fair.slug), site),
    location: {
      '@type': 'Place',
      name: pickText(event.venue, locale),
      address: { '@type': 'PostalAddress', addressLocality: event.city, addressCountry: 'VN' },
    },
    ...(event.organiser ? { organizer: { '@type': 'Organization', name: event.organiser } } : {}),
  };
}
