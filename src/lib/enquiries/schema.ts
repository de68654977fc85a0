/**
 * The enquiry a buyer sends: one schema shared by the API, the Lit elements and the tests.
 * Errors carry codes (see EnquiryErrorCode), never prose: src/lib/i18n/enquiries.ts words them
 * in Vietnamese or English. No server imports here: the browser loads this module too.
 */
import { z } from 'astro/zod';

export const enquiryLimits = {
  name: 120,
  organization: 160,
  email: 254,
  phone: 32,
  message: 4000,
  quantityText: 200,
  lines: 30,
  honeypot: 500,
  /** A basket line's amount, in the product's order unit. */
  quantity: 1_000_000_000,
  /** Target price per unit, in VND. */
  targetPrice: 1_000_000_000_000,
} as const;

/** Field a person never sees (hidden from sight and from assistive technology); bots fill it in. */
export const honeypotField = 'fax';

export const errorCodes = [
  'required',
  'invalid',
  'tooLong',
  'invalidCharacters',
  'email',
  'phone',
  'contactRequired',
  'consentRequired',
  'unknownField',
  'unknownProduct',
  'productOrLines',
  'duplicateProduct',
  'tooManyLines',
  'quantity',
  'belowMinimum',
  'noSamples',
  'price',
  'date',
  'dateOrder',
  'idempotencyKey',
] as const;
export type EnquiryErrorCode = (typeof errorCodes)[number];

export interface FieldError {
  code: EnquiryErrorCode;
  params?: Record<string, string | number>;
}
/** Errors by field path ("name", "contact", "lines.2.quantity"); one per field, the first found. */
export type FieldErrors = Record<string, FieldError>;

export interface OrderQuantity {
  amount: number;
  unit: string;
}

/** What the schema may know about products: the server knows all of them, a browser what it has. */
export interface EnquiryContext {
  isKnownProduct?: (slug: string) => boolean;
  minimumOrder?: (slug: string) => OrderQuantity | undefined;
  /** Whether the producer sends samples of the product. */
  offersSamples?: (slug: string) => boolean;
}

// C0/C1 controls, line/paragraph separators and bidi overrides: invisible, and used to disguise text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const controlInLine = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// A message may keep line breaks and tabs, nothing else invisible.
export const controlInText =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Trimmed NFC text; an empty field counts as not given, the way an empty form input does. */
export const normalizeText = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const text = value.isWellFormed() ? value.normalize('NFC').trim() : value;
  return text === '' ? undefined : text;
};

export const cleanText = (max: number, controls: RegExp) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .max(max, 'tooLong')
    .refine((s) => s.isWellFormed() && !controls.test(s), { error: 'invalidCharacters', abort: true });

/** One line of text (a name, an organization): required, or optional. */
export const line = (max: number) => z.preprocess(normalizeText, cleanText(max, controlInLine));
export const optionalLine = (max: number) =>
  z.preprocess(normalizeText, cleanText(max, controlInLine).optional());

export const productSlug = z
  .string({ error: 'unknownProduct' })
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'unknownProduct');

/** Vietnamese numbers (0912 345 678, 024 3826 1234, +84 912 345 678) or international E.164. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9 .()-]+$/.test(value)) return false;
  const digits = value.replace(/[ .()-]/g, '').replace(/^00/, '+');
  return (
    /^0[1-9]\d{8,9}$/.test(digits) || /^\+84[1-9]\d{8,9}$/.test(digits) || /^\+[1-9]\d{7,14}$/.test(digits)
  );
}

const isoDate = z.preprocess(
  normalizeText,
  z
    .string({ error: 'date' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      {
        error: 'date',
      },
    )
    .optional(),
);

/** A client's key for a request, so that sending it again stores it once (enquiries, replies, leads). */
export const idempotencyKey = z
  .string({ error: 'idempotencyKey' })
  .regex(/^[A-Za-z0-9_.:-]{8,128}$/, 'idempotencyKey');
export const idempotencyKeyField = z.preprocess(normalizeText, idempotencyKey.optional());

/** How a buyer is reached: either or both (see contactRequired). */
export const emailField = z.preprocess(
  normalizeText,
  z.email({ error: 'email' }).max(enquiryLimits.email, 'email').optional(),
);
export const phoneField = z.preprocess(
  normalizeText,
  z.string({ error: 'phone' }).max(enquiryLimits.phone, 'phone').refine(isPhoneNumber, 'phone').optional(),
);

export const basketLineSchema = z
  .strictObject({
    product: productSlug,
    quantity: z
      .number({ error: (issue) => (issue.input === undefined ? 'required' : 'quantity') })
      .positive('quantity')
      .max(enquiryLimits.quantity, 'quantity'),
    sample: z.boolean({ error: 'invalid' }).default(false),
    targetPrice: z
      .number({ error: 'price' })
      .int('price')
      .positive('price')
      .max(enquiryLimits.targetPrice, 'price')
      .optional(),
    deliveryFrom: isoDate,
    deliveryTo: isoDate,
  })
  .refine((l) => !l.deliveryFrom || !l.deliveryTo || l.deliveryFrom <= l.deliveryTo, {
    error: 'dateOrder',
    path: ['deliveryTo'],
  });
export type BasketLine = z.output<typeof basketLineSchema>;

const enquiryObject = z.strictObject({
  locale: z.enum(['vi', 'en'], { error: 'invalid' }).optional(),
  /** One product (the product or producer page form)… */
  product: z.preprocess(normalizeText, productSlug.optional()),
  /** …and whether the buyer wants a sample of it (basket lines say so per line). */
  sample: z.boolean({ error: 'invalid' }).optional(),
  /** …or the basket's lines, possibly from several producers. */
  lines: z
    .array(basketLineSchema, { error: 'invalid' })
    .min(1, 'required')
    .max(enquiryLimits.lines, 'tooManyLines')
    .optional(),
  name: line(enquiryLimits.name),
  organization: optionalLine(enquiryLimits.organization),
  email: emailField,
  phone: phoneField,
  message: z.preprocess(normalizeText, cleanText(enquiryLimits.message, controlInText).optional()),
  /** Free text on the single-product form ("200 kg a month"); basket lines carry numbers. */
  quantity: optionalLine(enquiryLimits.quantityText),
  /** Decree 13/2023/NĐ-CP: explicit consent before personal data is processed. */
  consent: z.literal(true, { error: 'consentRequired' }),
  idempotencyKey: idempotencyKeyField,
  /** Milliseconds between the page showing the form and the send, measured by the browser. */
  fillTime: z
    .number({ error: 'invalid' })
    .int('invalid')
    .min(0, 'invalid')
    .max(2 ** 40, 'invalid')
    .optional(),
  [honeypotField]: z.string({ error: 'invalid' }).max(enquiryLimits.honeypot).optional(),
});

export type EnquiryInput = z.output<typeof enquiryObject>;

export const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
export const given = (value: unknown) => normalizeText(value) !== undefined;
const isSlug = (value: unknown): value is string => productSlug.safeParse(value).success;

/**
 * Rules across fields, and against what the caller knows about products. They read the raw input
 * so they are reported together with the field errors, not only once every field is valid.
 */
function crossFieldErrors(input: unknown, context: EnquiryContext): [PropertyKey[], FieldError][] {
  const raw = record(input);
  const found: [PropertyKey[], FieldError][] = [];
  if (!given(raw.product) && raw.lines === undefined) found.push([['product'], { code: 'required' }]);
  if (given(raw.product) && raw.lines !== undefined) found.push([['lines'], { code: 'productOrLines' }]);
  if (raw.sample !== undefined && raw.lines !== undefined)
    found.push([['sample'], { code: 'productOrLines' }]);
  if (!given(raw.email) && !given(raw.phone)) found.push([['contact'], { code: 'contactRequired' }]);
  const known = context.isKnownProduct;
  const noSamples = (product: string) => context.offersSamples?.(product) === false;
  if (isSlug(raw.product) && known && !known(raw.product))
    found.push([['product'], { code: 'unknownProduct' }]);
  else if (isSlug(raw.product) && raw.sample === true && noSamples(raw.product))
    found.push([['sample'], { code: 'noSamples' }]);
  const seen = new Set<string>();
  for (const [i, item] of (Array.isArray(raw.lines) ? raw.lines : []).entries()) {
    const l = record(item);
    if (!isSlug(l.product)) continue;
    if (seen.has(l.product)) found.push([['lines', i, 'product'], { code: 'duplicateProduct' }]);
    seen.add(l.product);
    if (known && !known(l.product)) {
      found.push([['lines', i, 'product'], { code: 'unknownProduct' }]);
      continue;
    }
    if (l.sample === true && noSamples(l.product))
      found.push([['lines', i, 'sample'], { code: 'noSamples' }]);
    // A sample is a sample: the minimum order is for orders.
    const minimum = l.sample === true ? undefined : context.minimumOrder?.(l.product);
    if (minimum && typeof l.quantity === 'number' && l.quantity > 0 && l.quantity < minimum.amount) {
      found.push([
        ['lines', i, 'quantity'],
        { code: 'belowMinimum', params: { amount: minimum.amount, unit: minimum.unit } },
      ]);
    }
  }
  return found;
}

const isErrorCode = (message: string): message is EnquiryErrorCode =>
  (errorCodes as readonly string[]).includes(message);

export const fieldKey = (path: PropertyKey[]) => path.map(String).join('.') || 'form';

/** Zod's issues as one coded error per field path. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  // No prototype: a field named "__proto__" must become an error, not the object's prototype.
  const errors: FieldErrors = Object.create(null);
  const add = (path: PropertyKey[], fieldError: FieldError) => {
    errors[fieldKey(path)] ??= fieldError;
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], { code: 'unknownField' });
    } else if (issue.code === 'too_big' && issue.origin === 'string') {
      add(issue.path, { code: 'tooLong', params: { max: Number(issue.maximum) } });
    } else {
      add(issue.path, { code: isErrorCode(issue.message) ? issue.message : 'invalid' });
    }
  }
  return errors;
}

export type EnquiryParseResult = { ok: true; enquiry: EnquiryInput } | { ok: false; errors: FieldErrors };

/** Validates an already-decoded body (a JSON object, or form fields converted by formFields()). */
export function parseEnquiry(input: unknown, context: EnquiryContext = {}): EnquiryParseResult {
  const result = enquiryObject.safeParse(input);
  const errors: FieldErrors = result.success ? Object.create(null) : toFieldErrors(result.error);
  for (const [path, fieldError] of crossFieldErrors(input, context)) errors[fieldKey(path)] ??= fieldError;
  if (result.success && Object.keys(errors).length === 0) return { ok: true, enquiry: result.data };
  return { ok: false, errors };
}
