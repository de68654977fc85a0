/**
 * The buyer's tracking page (/theo-doi/<token>/, /en/track/<token>/): a GET shows the enquiries
 * of the submission and their conversations; a POST from the page replies (a plain form, or JSON
 * from <ocop-reply-form>) or closes an enquiry. A token that opens nothing is the site's plain
 * 404, whatever was asked; too many of them from one address are a 429. Framework-free apart from
 * the context it is given.
 */
import { randomUUID } from 'node:crypto';
import type { APIContext, AstroGlobal } from 'astro';
import { clientAddress, socketAddressOf } from '../auth/client-address.server.ts';
import { siteOrigins } from '../auth/inbox-access.ts';
import { isSameOrigin } from '../auth/same-origin.server.ts';
import { enquiryText, errorText, refusalText } from '../i18n/enquiries.ts';
import type { Locale } from '../i18n/locales.ts';
import { trackingText } from '../i18n/tracking.ts';
import { paths } from '../paths.ts';
import type { TrackedOutcome } from '../site-runtime.ts';
import type { TrackedEnquiry } from './conversation.ts';
import { setPageStatus } from './page-status.server.ts';
import { parseReply } from './reply-schema.ts';
import { decodeBody } from './request-body.server.ts';
import type { FieldErrors } from './schema.ts';

/** What the page shows besides the enquiries: a notice, or a reply refused with what was typed. */
export interface TrackingView {
  enquiries: TrackedEnquiry[];
  notice?: { enquiry: string; text: string; tone: 'info' | 'error' };
  draft?: { enquiry: string; message: string; errors: FieldErrors };
  /** A fresh idempotency key for the reply forms (per request, also when the server keeps the page). */
  key: string;
}

export type TrackingOutcome =
  | { kind: 'not-found' }
  | { kind: 'response'; response: Response }
  | { kind: 'page'; status: number; view: TrackingView };

type Context = Pick<APIContext, 'request' | 'url' | 'locals' | 'params' | 'clientAddress'>;

/** `same-origin`, not `no-referrer`: browsers send `Origin: null` with a no-referrer page's form posts. */
const privateHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'same-origin',
};

const json = (status: number, body: unknown) =>
  ({ kind: 'response', response: Response.json(body, { status, headers: privateHeaders }) }) as const;

const tooMany = (locale: Locale, retryAfterSeconds: number): TrackingOutcome => ({
  kind: 'response',
  response: new Response(trackingText[locale].tooMany(Math.ceil(retryAfterSeconds / 60)), {
    status: 429,
    headers: {
      ...privateHeaders,
      'Content-Type': 'text/plain; charset=utf-8',
      'Retry-After': String(retryAfterSeconds),
    },
  }),
});

/** A missing or limited outcome as the page answers it; undefined when the token opened something. */
const refusal = (locale: Locale, outcome: TrackedOutcome<object>): TrackingOutcome | undefined => {
  if (outcome.kind === 'missing') return { kind: 'not-found' };
  if (outcome.kind === 'limited') return tooMany(locale, outcome.retryAfterSeconds);
  return undefined;
};

/**
 * The route's answer: a response to return as it is (the 404 page, a redirect, JSON), or the view
 * to render, with the page's status and private headers set.
 */
export async function trackingRoute(
  astro: Pick<
    AstroGlobal,
    'request' | 'url' | 'locals' | 'params' | 'clientAddress' | 'response' | 'rewrite'
  >,
  locale: Locale,
): Promise<Response | TrackingView> {
  const outcome = await trackingPage(astro, locale);
  if (outcome.kind === 'response') return outcome.response;
  if (outcome.kind === 'not-found') {
    // The site's own 404, exactly as a GET of a path no page has gets it (a POST's body is read).
    astro.locals.notFoundPath = astro.url.pathname;
    return astro.rewrite(new Request(new URL(paths.notFound, astro.url), { headers: astro.request.headers }));
  }
  for (const [name, value] of Object.entries(privateHeaders)) astro.response.headers.set(name, value);
  setPageStatus(astro.response, outcome.status);
  return outcome.view;
}

export async function trackingPage(context: Context, locale: Locale): Promise<TrackingOutcome> {
  const { request, locals, url } = context;
  const { runtime } = locals;
  const text = trackingText[locale];
  const token = context.params.token ?? '';
  const address = clientAddress(request.headers, socketAddressOf(context), runtime.site.trustProxy);

  const show = async (status: number, extra: Omit<TrackingView, 'enquiries' | 'key'> = {}) => {
    const opened = await runtime.tracking.open(token, address);
    if (opened.kind !== 'found') return refusal(locale, opened) as TrackingOutcome;
    return {
      kind: 'page',
      status,
      view: { enquiries: opened.enquiries, key: locals.pageKeeper?.formKey ?? randomUUID(), ...extra },
    } as const;
  };

  if (request.method !== 'POST') {
    const sent = url.searchParams.get('sent');
    const closed = url.searchParams.get('closed');
    const notice =
      sent || closed
        ? {
            enquiry: (sent ?? closed) as string,
            text: sent ? text.sent : text.closedNow,
            tone: 'info' as const,
          }
        : undefined;
    return show(200, notice ? { notice } : {});
  }

  const body = await decodeBody(request);
  const asJson = body.kind === 'json';
  const trusted = { publicOrigins: siteOrigins(runtime.site), trustProxy: runtime.site.trustProxy };
  if (!isSameOrigin(request.headers, trusted)) {
    return json(403, { error: 'crossOrigin', message: refusalText(locale, 'crossOrigin') });
  }
  if (!body.ok) return json(body.status, { error: body.reason, message: refusalText(locale, body.reason) });
  const { action, ...fields } = body.value;
  const enquiry = typeof fields.enquiry === 'string' ? fields.enquiry : '';
  const back = (query: string) => ({
    kind: 'response' as const,
    response: new Response(null, {
      status: 303,
      headers: { ...privateHeaders, Location: `${url.pathname}?${query}=${enquiry}#enquiry-${enquiry}` },
    }),
  });

  if (action === 'close') {
    if (fields.confirm !== 'yes') {
      if (asJson) return json(400, { error: 'confirm', message: text.confirmToClose });
      return show(400, { notice: { enquiry, text: text.confirmToClose, tone: 'error' } });
    }
    const closed = await runtime.tracking.close(token, enquiry, address);
    return refusal(locale, closed) ?? (asJson ? json(200, { closed: true }) : back('closed'));
  }

  const header = request.headers.get('idempotency-key');
  const parsed = parseReply(
    header && !fields.idempotencyKey ? { ...fields, idempotencyKey: header } : fields,
  );
  if (!parsed.ok) {
    if (!asJson) {
      const message = typeof fields.message === 'string' ? fields.message : '';
      return show(400, { draft: { enquiry, message, errors: parsed.errors } });
    }
    const errors = Object.fromEntries(
      Object.entries(parsed.errors).map(([path, e]) => [path, { ...e, message: errorText(locale, e) }]),
    );
    return json(400, {
      error: 'invalid',
      message: enquiryText[locale].fixErrors(Object.keys(errors).length),
      fields: errors,
    });
  }
  const replied = await runtime.tracking.reply(token, parsed.reply, address);
  const refused = refusal(locale, replied);
  if (refused) return refused;
  if (replied.kind === 'found' && replied.status === 'closed') {
    if (asJson) return json(409, { error: 'closed', message: text.alreadyClosed });
    return show(409, { notice: { enquiry, text: text.alreadyClosed, tone: 'error' } });
  }
  if (replied.kind === 'found' && replied.status === 'missing') return { kind: 'not-found' };
  return asJson ? json(201, { status: 'created' }) : back('sent');
}
