import type { APIRoute } from 'astro';
import { fairIcs } from '../../lib/fairs/calendar.ts';
import { type FairRouteProps, fairRoutes } from '../../lib/fairs/fairs.ts';
import { SITE_URL } from '../../lib/site.ts';

export function getStaticPaths() {
  return fairRoutes();
}

/** The fair as an iCalendar file (paths.fairCalendar), written at build time. */
export const GET: APIRoute<FairRouteProps> = ({ props, site }) =>
  new Response(fairIcs(props.fair, site ?? SITE_URL, new Date()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
