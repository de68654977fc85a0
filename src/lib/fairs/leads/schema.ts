/**
 * A lead staff note at a fair's booth: who the visitor is, how to reach them, the products of the
 * fair they asked about, a line of notes and their consent. One schema for the page's form post,
 * the Lit element and the tests; errors are the enquiry form's codes (worded in
 * src/lib/i18n/enquiries.ts). No server imports: the browser loads this module too.
 */
import { z } from 'astro/zod';
import {
  emailField,
  enquiryLimits,
  type FieldError,
  type FieldErrors,
  fieldKey,
  given,
  idempotencyKey,
  line,
  normalizeText,
  optionalLine,
  phoneField,
  productSlug,
  record,
  toFieldErrors,
} from '../../enquiries/schema.ts';

export const leadLimits = {
  notes: 500,
  products: 30,
} as const;

const leadObject = z.strictObject({
  /** The language the visitor is answered in. */
  locale: z.enum(['vi', 'en'], { error: 'invalid' }).optional(),
  name: line(enquiryLimits.name),
  /** A phone number, which is also the visitor's Zalo. */
  phone: phoneField,
  email: emailField,
  organization: optionalLine(enquiryLimits.organization),
  products: z
    .array(productSlug, { error: 'required' })
    .min(1, 'required')
    .max(leadLimits.products, 'tooManyLines'),
  notes: optionalLine(leadLimits.notes),
  /** Decree 13/2023/NĐ-CP: the visitor agreed that each producer concerned receives the enquiry. */
  consent: z.literal(true, { error: 'consentRequired' }),
  /** Made on the tablet and sent with every attempt, so the lead is stored once. */
  idempotencyKey: z.preprocess(normalizeText, idempotencyKey),
  /** When staff noted it, by the tablet's clock (sent later when the tablet was offline). */
  capturedAt: z.iso.datetime({ error: 'invalid' }).optional(),
});

export type LeadInput = z.output<typeof leadObject>;

export type LeadParseResult = { ok: true; lead: LeadInput } | { ok: false; errors: FieldErrors };

/** Rules across fields, and against the fair's products, reported together with the field errors. */
function crossFieldErrors(input: unknown, isFairProduct: (slug: string) => boolean): [string, FieldError][] {
  const raw = record(input);
  const found: [string, FieldError][] = [];
  if (!given(raw.email) && !given(raw.phone)) found.push(['contact', { code: 'contactRequired' }]);
  const seen = new Set<string>();
  for (const [i, product] of (Array.isArray(raw.products) ? raw.products : []).entries()) {
    if (!productSlug.safeParse(product).success) continue;
    const slug = product as string;
    if (!isFairProduct(slug)) found.push([fieldKey(['products', i]), { code: 'unknownProduct' }]);
    else if (seen.has(slug)) found.push([fieldKey(['products', i]), { code: 'duplicateProduct' }]);
    seen.add(slug);
  }
  return found;
}

/** Validates a decoded lead (a JSON object, or the form's fields from leadFormFields()). */
export function parseLead(input: unknown, isFairProduct: (slug: string) => boolean): LeadParseResult {
  const result = leadObject.safeParse(input);
  const errors: FieldErrors = result.success ? Object.create(null) : toFieldErrors(result.error);
  for (const [path, error] of crossFieldErrors(input, isFairProduct)) errors[path] ??= error;
  if (result.success && Object.keys(errors).length === 0) return { ok: true, lead: result.data };
  return { ok: false, errors };
}

/** Fields of the form that are not the lead's (the page's CSRF token). */
const formOnly = new Set(['csrf']);

/**
 * The form's fields as the object the schema reads: every ticked product, the consent box as
 * true. A single-valued field sent twice is refused rather than guessed at (undefined).
 */
export function leadFormFields(form: URLSearchParams): Record<string, unknown> | undefined {
  const value: Record<string, unknown> = Object.create(null);
  for (const [key, raw] of form) {
    if (formOnly.has(key) || key === 'products') continue;
    if (Object.hasOwn(value, key)) return undefined;
    value[key] = key === 'consent' && raw === 'on' ? true : raw;
  }
  if (form.has('products')) value.products = form.getAll('products');
  return value;
}
