import type { APIRoute } from 'astro';
import { socketAddressOf } from '../../lib/auth/client-address.server.ts';
import { handleEnquiryPost } from '../../lib/enquiries/api.server.ts';
import { paths } from '../../lib/paths.ts';

export const prerender = false;

export const POST: APIRoute = async (context) => {
  const outcome = await handleEnquiryPost(context.request, {
    runtime: context.locals.runtime,
    socketAddress: socketAddressOf(context),
  });
  if (outcome.kind === 'response') return outcome.response;
  // A form post without JavaScript: show the form again, as typed, with its errors.
  context.locals.enquiryDraft = outcome.draft;
  const page = new URL(paths.enquiryThanks(outcome.draft.locale), context.url);
  return context.rewrite(new Request(page, { headers: { 'accept-language': outcome.draft.locale } }));
};
