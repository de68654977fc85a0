/**
 * A POST to a fair's lead page: a plain form (the page without JavaScript: the session's CSRF
 * token, then 303 back to a fresh form) or JSON from the page's element (an answer to read; the
 * service worker queues it while the tablet is offline and sends it again with the same key).
 * Every failure is a 4xx (or 503 when storage fails) in the page's language, never a 500.
 */
import type { Session } from '../../auth/account.ts';
import { isTrustedPost, siteOrigins } from '../../auth/inbox-access.ts';
import { isSameOrigin } from '../../auth/same-origin.server.ts';
import type { ServerCatalogue, ServerFair } from '../../content/server-catalogue.ts';
import { bodyKind, decodeBody, MAX_BODY_BYTES, readSmallForm } from '../../enquiries/request-body.server.ts';
import type { FieldErrors } from '../../enquiries/schema.ts';
import { fingerprintOf, siteLinks, submissionOf } from '../../enquiries/submission.server.ts';
import { newTrackingLink } from '../../enquiries/tracking-token.server.ts';
import { adminText, errorText, type RefusalCode, refusalText } from '../../i18n/enquiries.ts';
import { leadText } from '../../i18n/leads.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickText } from '../../i18n/localize.ts';
import { paths } from '../../paths.ts';
import type { SiteRuntime } from '../../site-runtime.ts';
import { type LeadInput, leadFormFields, parseLead } from './schema.ts';

export type LeadOutcome =
  | { kind: 'response'; response: Response }
  /** The form again, as typed, with its errors (or a refusal that is not about a field). */
  | { kind: 'form'; status: number; errors: FieldErrors; values: URLSearchParams; refusal?: string };

export interface LeadPost {
  fair: ServerFair;
  session: Session;
  locale: Locale;
  runtime: Pick<SiteRuntime, 'site' | 'enquiries' | 'leads' | 'catalogue' | 'log'>;
}

const noStore = { 'Cache-Control': 'no-store' };
const json = (status: number, body: unknown): LeadOutcome => ({
  kind: 'response',
  response: Response.json(body, { status, headers: noStore }),
});

/** The query of the fresh form after a lead posted without JavaScript was stored. */
export const SAVED_PARAM = 'saved';

export async function handleLeadPost(request: Request, post: LeadPost): Promise<LeadOutcome> {
  const { fair, session, locale, runtime } = post;
  const kind = bodyKind(request.headers.get('content-type'));
  const isJson = kind === 'json';
  let values = new URLSearchParams();
  const refuse = (status: number, code: RefusalCode | 'forbidden'): LeadOutcome => {
    const message = code === 'forbidden' ? adminText[locale].forbidden : refusalText(locale, code, 5);
    return isJson
      ? json(status, { error: code, message })
      : { kind: 'form', status, errors: {}, values, refusal: message };
  };
  try {
    let input: unknown;
    if (!kind) return refuse(415, 'unsupportedType');
    if (isJson) {
      // A JSON post cannot come from another site's form, and a script elsewhere would need CORS:
      // the Origin check is enough, and a lead queued offline stays valid after signing in again.
      if (
        !isSameOrigin(request.headers, {
          publicOrigins: siteOrigins(runtime.site),
          trustProxy: runtime.site.trustProxy,
        })
      )
        return refuse(403, 'forbidden');
      const body = await decodeBody(request);
      if (!body.ok) return refuse(body.status, body.reason);
      input = body.value;
    } else {
      // A form's products are repeated fields, which decodeBody() refuses: read the fields as they come.
      const form = await readSmallForm(request, MAX_BODY_BYTES);
      if (!form) return refuse(413, 'tooLarge');
      values = form;
      if (!isTrustedPost(request, session, form, runtime.site)) return refuse(403, 'forbidden');
      input = leadFormFields(form);
      if (input === undefined) return refuse(400, 'malformed');
    }

    const parsed = parseLead(input, (slug) => fair.products.includes(slug));
    if (!parsed.ok) {
      if (!isJson) return { kind: 'form', status: 400, errors: parsed.errors, values };
      const fields = Object.fromEntries(
        Object.entries(parsed.errors).map(([path, e]) => [path, { ...e, message: errorText(locale, e) }]),
      );
      const count = Object.keys(parsed.errors).length;
      return json(400, { error: 'invalid', message: leadText[locale].fixErrors(count), fields });
    }
    const { lead } = parsed;
    const catalogue = await runtime.catalogue();
    const { idempotencyKey: key, capturedAt, ...content } = lead;
    const fingerprint = fingerprintOf({ fair: fair.slug, ...content });
    const result = await runtime.leads.record(
      { key, fingerprint, fair: fair.slug, capturedAt },
      leadSubmission(lead, fingerprint, catalogue, locale, runtime),
    );
    if (result.status === 'conflict') return refuse(409, 'keyReused');
    const ids = result.receipt.enquiries.map((e) => e.id);
    if (!isJson) {
      const query = new URLSearchParams({ [SAVED_PARAM]: ids.join(',') });
      return {
        kind: 'response',
        response: new Response(null, {
          status: 303,
          headers: { ...noStore, Location: `${paths.admin.fairLeads(fair.slug)}?${query}` },
        }),
      };
    }
    return json(result.status === 'created' ? 201 : 200, {
      replayed: result.status === 'replayed',
      enquiries: result.receipt.enquiries.map((e) => {
        const producer = catalogue.producer(e.producer);
        return { ...e, producerName: producer ? pickText(producer.name, locale) : e.producer };
      }),
    });
  } catch (error) {
    runtime.log(
      `leads: could not store: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return refuse(503, 'unavailable');
  }
}

/** The lead as the enquiries of its products, one per producer, under the tablet's key. */
function leadSubmission(
  lead: LeadInput,
  fingerprint: string,
  catalogue: ServerCatalogue,
  locale: Locale,
  runtime: LeadPost['runtime'],
) {
  const site = runtime.site.url;
  const buyerLocale = lead.locale ?? locale;
  return submissionOf(
    lead.products.map((product) => ({ product, sample: false })),
    {
      locale: buyerLocale,
      name: lead.name,
      ...(lead.organization ? { organization: lead.organization } : {}),
      ...(lead.email ? { email: lead.email } : {}),
      ...(lead.phone ? { phone: lead.phone } : {}),
      ...(lead.notes ? { message: lead.notes } : {}),
    },
    { key: `lead:${lead.idempotencyKey}`, derivedKey: false, fingerprint },
    {
      catalogue,
      notify: runtime.enquiries.notifies,
      ...siteLinks(site),
      // The visitor's link goes in their confirmation mail only (when they gave an email).
      tracking: newTrackingLink(buyerLocale, site),
    },
  );
}
