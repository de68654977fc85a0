/**
 * A reply in an enquiry's conversation, from the buyer's tracking page or the inbox: one schema
 * shared by the handlers, the <ocop-reply-form> element and the tests. Errors are codes, worded
 * by src/lib/i18n/enquiries.ts like the enquiry form's. No server imports: the browser loads it.
 */
import { z } from 'astro/zod';
import {
  cleanText,
  controlInText,
  type FieldErrors,
  idempotencyKeyField,
  normalizeText,
  toFieldErrors,
} from './schema.ts';

export const replyLimits = { message: 4000 } as const;

const replyObject = z.strictObject({
  /** Which enquiry of the page (a tracking page shows one per producer). */
  enquiry: z.string({ error: 'invalid' }).regex(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/, 'invalid'),
  // A form post sends a textarea's line breaks as CRLF: kept as one kind, whichever way it came.
  message: z.preprocess(
    (value) => (typeof value === 'string' ? normalizeText(value.replace(/\r\n?/g, '\n')) : value),
    cleanText(replyLimits.message, controlInText),
  ),
  idempotencyKey: idempotencyKeyField,
});

export type ReplyInput = z.output<typeof replyObject>;

export type ReplyParseResult = { ok: true; reply: ReplyInput } | { ok: false; errors: FieldErrors };

/** Validates a decoded body (JSON, or the fields of a form post). */
export function parseReply(input: unknown): ReplyParseResult {
  const result = replyObject.safeParse(input);
  return result.success
    ? { ok: true, reply: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}
