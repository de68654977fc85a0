/**
 * Whether a state-changing request comes from the site's own pages. Browsers send Origin with
 * every POST and Sec-Fetch-Site with every modern request; a request from another site cannot
 * forge either. The origin is compared with the host the browser addressed (Host, or
 * X-Forwarded-Host behind a trusted proxy) and with the configured public origin.
 */
export function isSameOrigin(
  headers: Headers,
  options: { publicOrigins: string[]; trustProxy: boolean },
): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (options.publicOrigins.includes(originUrl.origin)) return true;
  const host =
    (options.trustProxy && headers.get('x-forwarded-host')?.split(',')[0]?.trim()) || headers.get('host');
  return host !== null && host !== '' && originUrl.host === host.toLowerCase();
}
