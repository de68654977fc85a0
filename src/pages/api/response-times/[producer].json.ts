import type { APIRoute } from 'astro';

export const prerender = false;

/**
 * A producer's response figures (src/lib/enquiries/response-figures.ts), computed per request and
 * fetched by its static pages (<ocop-response-figures>). Shared caches may keep them a few
 * minutes: they move by the day, not by the second.
 */
export const GET: APIRoute = async ({ params, locals }) => {
  const { runtime } = locals;
  const slug = params.producer ?? '';
  if (!(await runtime.catalogue()).producer(slug)) {
    return Response.json(
      { error: 'unknownProducer' },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  return Response.json(await runtime.responseTimes.producer(slug), {
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
};
