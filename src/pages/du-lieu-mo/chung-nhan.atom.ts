/** Open data: the certificate changes, newest first (Atom), made on request so statuses are those of the day it is read. */
import type { APIRoute } from 'astro';
import { openDataResponse } from '../../lib/open-data/response.server.ts';

export const prerender = false;

export const GET: APIRoute = ({ request, locals }) =>
  openDataResponse('certificateFeed', request, locals.runtime);
