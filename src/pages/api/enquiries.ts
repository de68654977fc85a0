import type { APIRoute } from 'astro';
import { handleEnquiryPost } from '../../lib/enquiries/api.server.ts';
import {
  enquiryLimiter,
  enquiryProducts,
  publicOrigins,
  services,
  trustProxy,
} from '../../lib/enquiries/runtime.ts';
import { paths } from '../../lib/paths.ts';
import { SITE_URL } from '../../lib/site.ts';

export const prerender = false;

const socketAddress = (context: Parameters<APIRoute>[0]) => {
  try {
    return context.clientAddress;
  } catch {
    return undefined;
  }
};

export const POST: APIRoute = async (context) => {
  const outcome = await handleEnquiryPost(context.request, {
    services,
    catalogue: enquiryProducts,
    limiter: enquiryLimiter,
    socketAddress: socketAddress(context),
    trustProxy,
    publicOrigins,
    siteUrl: SITE_URL,
  });
  if (outcome.kind === 'response') return outcome.response;
  // A form post without JavaScript: show the form again, as typed, with its errors.
  context.locals.enquiryDraft = outcome.draft;
  const page = new URL(paths.enquiryThanks(outcome.draft.locale), context.url);
  return context.rewrite(new Request(page, { headers: { 'accept-language': outcome.draft.locale } }));
};
