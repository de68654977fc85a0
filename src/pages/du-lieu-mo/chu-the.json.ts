/** Open data: the producers (JSON), made on request so statuses are those of the day it is read. */
import type { APIRoute } from 'astro';
import { openDataResponse } from '../../lib/open-data/response.server.ts';

export const prerender = false;

export const GET: APIRoute = ({ request, locals }) =>
  openDataResponse('producersJson', request, locals.runtime);
