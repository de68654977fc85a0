/**
 * The address rate limits count against. Behind a reverse proxy every request comes from the
 * proxy, so with TRUST_PROXY the last X-Forwarded-For entry (the one our proxy appended) is used;
 * without it the header is ignored, since any client can send one.
 */
export function clientAddress(
  headers: Headers,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress ?? 'unknown';
}

/** The connection's address as Astro gives it (reading it throws where there is none). */
export function socketAddressOf(context: { readonly clientAddress: string }): string | undefined {
  try {
    return context.clientAddress;
  } catch {
    return undefined;
  }
}
