import { honeypotField } from './schema.ts';

export type FormFieldsResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; duplicate: string };

/** Checkbox values browsers and people send for "ticked". */
const ticked = new Set(['on', 'true', '1', 'yes']);
/** The checkboxes of the forms: consent, and a sample wanted. */
const checkboxes = new Set(['consent', 'sample']);

/**
 * A urlencoded form as the object the schema reads: strings as typed, a ticked checkbox as true,
 * the fill time as a number. A field sent twice is refused rather than guessed at.
 */
export function formFields(params: URLSearchParams): FormFieldsResult {
  // No prototype: a field named "__proto__" is kept as a field, and refused by the schema as unknown.
  const value: Record<string, unknown> = Object.create(null);
  for (const [key, raw] of params) {
    if (Object.hasOwn(value, key)) return { ok: false, duplicate: key };
    if (checkboxes.has(key)) value[key] = ticked.has(raw.toLowerCase()) ? true : raw;
    else if (key === 'fillTime' && /^\d{1,15}$/.test(raw)) value[key] = Number(raw);
    else value[key] = raw;
  }
  return { ok: true, value };
}

/** The fields a person typed, to show again beside the errors (never the honeypot); a tick as "on". */
export const typedValues = (input: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(input).flatMap(([key, value]): [string, string][] => {
      if (key === honeypotField) return [];
      if (typeof value === 'string') return [[key, value]];
      return value === true ? [[key, 'on']] : [];
    }),
  );
