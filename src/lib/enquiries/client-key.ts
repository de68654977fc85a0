/** A fresh Idempotency-Key made in the browser: 128 random bits in hex (forms, replies, leads). */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
