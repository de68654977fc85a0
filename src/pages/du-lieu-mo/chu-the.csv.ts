/** Open data: the producers, one row each (CSV), made on request so statuses are those of the day it is read. */
import type { APIRoute } from 'astro';
import { openDataResponse } from '../../lib/open-data/response.server.ts';

export const prerender = false;

export const GET: APIRoute = ({ request, locals }) =>
  openDataResponse('producersCsv', request, locals.runtime);
