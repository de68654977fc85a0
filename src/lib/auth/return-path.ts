/**
 * Where to go after signing in (`?next=`): back into the inbox only — an open redirect would help
 * phishing — and only a plain path. Anything else (another host, `//`, a backslash, an encoded
 * line break or other control character, over-long) falls back to the inbox, before anything
 * is signed in.
 */
const MAX_LENGTH = 512;

export function returnPath(next: string | null, home: string): string {
  if (!next || next.length > MAX_LENGTH) return home;
  // Control characters (a decoded %0d%0a) and backslashes have no place in a path we redirect to.
  if (/[\p{Cc}\\]/u.test(next)) return home;
  if (!next.startsWith(home) || next.startsWith('//')) return home;
  try {
    // Re-serialised by the URL parser: percent-encoded, so the Location header is plain ASCII.
    const url = new URL(next, 'http://site');
    return url.origin === 'http://site' && url.pathname.startsWith(home) ? url.pathname + url.search : home;
  } catch {
    return home;
  }
}
