import { secureRandomBytes } from '../security/random-bytes.server.ts';

// Crockford's base32: no I, L, O or U, so a reference read out over the phone is not misheard.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random reference such as "7K3M9-QXA2B": 50 bits, so nobody can guess another buyer's enquiry. */
export function newReference(): string {
  const bytes = secureRandomBytes(10);
  const chars = Array.from(bytes, (b) => alphabet[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export const isReference = (value: string): boolean =>
  /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/.test(value);
