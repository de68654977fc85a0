/** A fresh Idempotency-Key made in the browser: 128 random bits in hex (forms, replies, leads). */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Posts `payload` as JSON under `key` (a retry with the same key is stored once) and answers the
 * status and the JSON body ({} when there is none), or undefined when no answer came back: the
 * network failed, or the answer was lost, and sending again with the same key is safe.
 */
export async function postKeyed<Body>(
  url: string,
  key: string,
  payload: unknown,
): Promise<{ status: number; body: Partial<Body> } | undefined> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(payload),
    });
  } catch {
    return undefined;
  }
  const body = (await response.json().catch(() => ({}))) as Partial<Body>;
  return { status: response.status, body };
}
