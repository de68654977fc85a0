import { clientAddress } from '../auth/client-address.server.ts';
import { siteOrigins } from '../auth/inbox-access.ts';
import { isSameOrigin } from '../auth/same-origin.server.ts';
import { enquiryText, errorText, type RefusalCode, refusalText } from '../i18n/enquiries.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { pickText } from '../i18n/localize.ts';
import { paths } from '../paths.ts';
import type { SiteRuntime } from '../site-runtime.ts';
import { catalogueContext, type EnquiryCatalogue } from './catalogue-lookup.ts';
import { typedValues } from './form-fields.ts';
import { negotiateLocale } from './negotiate-locale.ts';
import { type Receipt, receiptOf } from './records.ts';
import { decodeBody } from './request-body.server.ts';
import { type FieldErrors, honeypotField, parseEnquiry } from './schema.ts';
import { buildSubmission, confirmsByMail, siteLinks } from './submission.server.ts';
import { thanksQuery } from './thanks-query.server.ts';
import { newTrackingLink } from './tracking-token.server.ts';

/** Faster than a person can read the form, tick consent and type a name (measured by the browser). */
export const MIN_FILL_MS = 2000;

/** What the no-JavaScript result page shows when a form post is refused: the form again, as typed. */
export interface EnquiryDraft {
  locale: Locale;
  status: number;
  error?: RefusalCode;
  retryAfter?: number;
  errors: FieldErrors;
  values: Record<string, string>;
}

export type PostOutcome =
  | { kind: 'response'; response: Response }
  | { kind: 'form-page'; draft: EnquiryDraft };

export interface PostDependencies {
  runtime: Pick<SiteRuntime, 'site' | 'enquiries' | 'log'> & { catalogue: () => Promise<EnquiryCatalogue> };
  socketAddress: string | undefined;
}

const noStore = { 'Cache-Control': 'no-store' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ({
    kind: 'response',
    response: Response.json(body, { status, headers: { ...noStore, ...headers } }),
  }) as const;

interface Accepted {
  kind: 'json' | 'form';
  locale: Locale;
  receipt: Receipt;
  replayed: boolean;
  catalogue: EnquiryCatalogue;
  /** A confirmation mail to the buyer is on its way. */
  confirmationMail: boolean;
  /** The buyer's tracking link; none when a retry's submission is not known. */
  tracking: { token: string; url: string } | undefined;
}

/**
 * 201 for fetch: the references, the producer each went to (by name, for the buyer to read),
 * whether a confirmation mail follows and the tracking link; 303 to the thank-you page, carrying
 * the same, for a plain form post (the link's token in its query: the request log leaves queries out).
 */
function accepted({
  kind,
  locale,
  receipt,
  replayed,
  catalogue,
  confirmationMail,
  tracking,
}: Accepted): PostOutcome {
  const extra: Record<string, string> = replayed ? { 'Idempotent-Replayed': 'true' } : {};
  if (kind === 'json') {
    const enquiries = receipt.enquiries.map((e) => {
      const producer = catalogue.product(e.products[0] ?? '')?.producer;
      return { ...e, producerName: producer ? pickText(producer.name, locale) : e.producer };
    });
    const trackingUrl = tracking ? { trackingUrl: tracking.url } : {};
    return json(201, { ids: enquiries.map((e) => e.id), enquiries, confirmationMail, ...trackingUrl }, extra);
  }
  const query = thanksQuery({
    sent: receipt.enquiries,
    confirmationMail,
    ...(tracking ? { trackingToken: tracking.token } : {}),
  });
  return {
    kind: 'response',
    response: new Response(null, {
      status: 303,
      headers: { ...noStore, ...extra, Location: `${paths.enquiryThanks(locale)}?${query}` },
    }),
  };
}

/**
 * POST /api/enquiries: same-origin check, body within limits, the shared schema, spam checks,
 * then a durable write. Every failure is a 4xx (or 503 when storage fails) in the buyer's
 * language; nothing here answers 500.
 */
export async function handleEnquiryPost(request: Request, deps: PostDependencies): Promise<PostOutcome> {
  const { runtime } = deps;
  const { site, enquiries } = runtime;
  let locale = negotiateLocale(request.headers.get('accept-language'));
  let kind: 'json' | 'form' | undefined;
  let values: Record<string, string> = {};

  const refuse = (status: number, error: RefusalCode, retryAfter?: number): PostOutcome => {
    const headers: Record<string, string> = retryAfter ? { 'Retry-After': String(retryAfter) } : {};
    // The rest of an oversized body is still on the socket: close it rather than reuse it.
    if (status === 413) headers.Connection = 'close';
    if (kind === 'form' && error !== 'crossOrigin') {
      return {
        kind: 'form-page',
        draft: { locale, status, error, errors: {}, values, ...(retryAfter ? { retryAfter } : {}) },
      };
    }
    return json(status, { error, message: refusalText(locale, error, retryAfter) }, headers);
  };

  try {
    if (!isSameOrigin(request.headers, { publicOrigins: siteOrigins(site), trustProxy: site.trustProxy })) {
      return refuse(403, 'crossOrigin');
    }
    const body = await decodeBody(request);
    kind = body.kind;
    if (!body.ok) return refuse(body.status, body.reason);
    const bodyKind = body.kind;
    const input = body.value;
    if (isLocale(input.locale)) locale = input.locale;
    values = typedValues(input);

    const headerKey = request.headers.get('idempotency-key');
    const invalid = (errors: FieldErrors): PostOutcome => {
      if (kind === 'form') return { kind: 'form-page', draft: { locale, status: 400, errors, values } };
      const fields = Object.fromEntries(
        Object.entries(errors).map(([path, e]) => [path, { ...e, message: errorText(locale, e) }]),
      );
      return json(400, {
        error: 'invalid',
        message: enquiryText[locale].fixErrors(Object.keys(errors).length),
        fields,
      });
    };
    if (headerKey !== null && input.idempotencyKey !== undefined && input.idempotencyKey !== headerKey) {
      return invalid({ idempotencyKey: { code: 'idempotencyKey' } });
    }
    const catalogue = await runtime.catalogue();
    const parsed = parseEnquiry(
      headerKey === null ? input : { ...input, idempotencyKey: headerKey },
      catalogueContext(catalogue),
    );
    if (!parsed.ok) return invalid(parsed.errors);
    const enquiry = parsed.enquiry;
    const address = clientAddress(request.headers, deps.socketAddress, site.trustProxy);
    const trackingLink = () => newTrackingLink(locale, site.url);
    const tracking = trackingLink();
    // The first link is stored only as a hash: a retry is answered with a fresh link to the same enquiries.
    const linkForRetry = async (receipt: Receipt) => {
      if (!receipt.submission) return undefined;
      const link = trackingLink();
      await enquiries.addLink({ tokenHash: link.hash, submission: receipt.submission });
      return link;
    };
    const submission = buildSubmission(enquiry, {
      catalogue,
      locale,
      key: enquiry.idempotencyKey,
      clientAddress: address,
      notify: enquiries.notifies,
      ...siteLinks(site.url),
      tracking,
    });
    const answer = (receipt: Receipt, replayed: boolean, link: Accepted['tracking']) =>
      accepted({
        kind: bodyKind,
        locale,
        receipt,
        replayed,
        catalogue,
        confirmationMail: confirmsByMail(enquiry, enquiries.notifies),
        tracking: link,
      });

    // A retry carries the fill time of the post it repeats: one that was stored passed this check.
    if (enquiry.fillTime !== undefined && enquiry.fillTime < MIN_FILL_MS) return refuse(400, 'tooFast');
    // A retry of something already stored is answered as before, without counting against the limit.
    const admission = await enquiries.admit(submission, address);
    if (admission.kind === 'earlier') {
      const earlier = admission.result;
      if (earlier.status === 'conflict') return refuse(409, 'keyReused');
      return answer(earlier.receipt, true, await linkForRetry(earlier.receipt));
    }
    if (admission.kind === 'limited') return refuse(429, 'rateLimited', admission.retryAfterSeconds);
    if (enquiry[honeypotField]) {
      // Filled by a bot: answered like a success so it learns nothing, and stored nowhere.
      runtime.log('enquiries: honeypot filled, dropped');
      return answer(receiptOf(submission.submissionId, submission.enquiries), false, tracking);
    }

    const result = await enquiries.submit(submission);
    if (result.status === 'conflict') return refuse(409, 'keyReused');
    return result.status === 'replayed'
      ? answer(result.receipt, true, await linkForRetry(result.receipt))
      : answer(result.receipt, false, tracking);
  } catch (error) {
    runtime.log(
      `enquiries: could not store: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return refuse(503, 'unavailable', 5);
  }
}
