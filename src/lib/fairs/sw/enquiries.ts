/**
 * Enquiries made without a connection: the POST is kept in the outbox and answered with 202
 * `{ "queued": true }` (the contract with the enquiry form), then sent when the connection
 * returns, always with the same Idempotency-Key so the API stores it once however often it is sent.
 * Leads noted at a fair's booth (the lead form's JSON posts) go the same way.
 */
import { paths } from '../../paths.ts';
import { enqueue, type QueuedEnquiry, queued, settle } from './outbox.ts';

const KEY_HEADER = 'Idempotency-Key';
/** On fair wifi a request can hang rather than fail: give up, queue it, and send it again later. */
const SEND_TIMEOUT_MS = 15_000;

export interface EnquiryResult {
  response: Response;
  queued: boolean;
}

/**
 * Whether an enquiry POST comes from one of the site's own pages (its referrer is on the site).
 * Only those are queued: a form on another site that posts here while the device is offline
 * would otherwise be replayed later from the site's own origin, past the server's origin check.
 * A post without a referrer is left to the network, where the server checks its Origin.
 */
export function isOwnForm(request: Request, siteOrigin: string): boolean {
  try {
    return request.referrer !== '' && new URL(request.referrer).origin === siteOrigin;
  } catch {
    return false;
  }
}

// paths.admin.fairLeads for any fair: the path around a placeholder slug, without its last slash.
const [leadPrefix, leadSuffix] = paths.admin.fairLeads('\u0000').replace(/\/$/, '').split('\u0000') as [
  string,
  string,
];

/** A post of a fair's lead form (with or without its trailing slash). */
export function isLeadPath(pathname: string): boolean {
  const path = pathname.replace(/\/$/, '');
  if (!path.startsWith(leadPrefix) || !path.endsWith(leadSuffix)) return false;
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(path.slice(leadPrefix.length, path.length - leadSuffix.length));
}

const queuedReply = (request: Request) =>
  request.mode === 'navigate' ? queuedPage(request) : Response.json({ queued: true }, { status: 202 });

/** Sends the enquiry, or queues it when the network fails or times out. */
export async function postEnquiry(request: Request): Promise<EnquiryResult> {
  const body = await request.clone().text();
  const headers = new Headers(request.headers);
  const key = headers.get(KEY_HEADER) ?? crypto.randomUUID();
  // A form posted without JavaScript carries its key in a hidden field the server rendered: a second,
  // different key in the header could make the API see two enquiries. fetch() posts get the header.
  if (request.mode !== 'navigate') headers.set(KEY_HEADER, key);
  try {
    // A navigation (a form posted without the enhancing element) must keep its redirect for the browser.
    const response =
      request.mode === 'navigate'
        ? await fetch(request)
        : await fetch(request.url, {
            method: 'POST',
            headers,
            body,
            credentials: 'same-origin',
            signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
          });
    return { response, queued: false };
  } catch {
    await enqueue({ key, url: request.url, headers: [...headers], body, queuedAt: Date.now() });
    return { response: queuedReply(request), queued: true };
  }
}

let running: Promise<void> | undefined;

/** Sends what is queued, oldest first; one run at a time, so no enquiry is in flight twice. */
export function replayOutbox(): Promise<void> {
  running ??= sendQueued().finally(() => {
    running = undefined;
  });
  return running;
}

async function sendQueued(): Promise<void> {
  for (const item of await queued()) {
    const outcome = await send(item);
    if (outcome === 'retry') return;
    await settle(item.key, outcome);
  }
}

async function send(item: QueuedEnquiry): Promise<'sent' | 'refused' | 'retry'> {
  let response: Response;
  try {
    response = await fetch(item.url, {
      method: 'POST',
      headers: item.headers,
      body: item.body,
      credentials: 'same-origin',
      // The API answers a form post with 303 to its thank-you page: that answer is the receipt.
      redirect: 'manual',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch {
    return 'retry';
  }
  // A lead answered with a redirect met the sign-in page: it waits until staff sign in again.
  if (response.type === 'opaqueredirect') return isLeadPath(new URL(item.url).pathname) ? 'retry' : 'sent';
  if (response.ok) return 'sent';
  // Rate limit, timeout or server trouble: keep it and try again later.
  if (response.status === 408 || response.status === 429 || response.status >= 500) return 'retry';
  // Any other 4xx will never succeed; keeping it would block the enquiries behind it.
  console.warn(`enquiry ${item.key} refused with ${response.status}: ${await response.text()}`);
  return 'refused';
}

/** Answer to a form posted without JavaScript while offline; the browser shows it as the next page. */
function queuedPage(request: Request): Response {
  const english = new URL(request.referrer || request.url).pathname.startsWith('/en/');
  const [lang, title, text, back] = english
    ? [
        'en',
        'Enquiry saved',
        'There is no connection. Your enquiry is saved on this device and will be sent automatically when the connection is back.',
        'Back',
      ]
    : [
        'vi',
        'Đã lưu yêu cầu',
        'Hiện không có kết nối mạng. Yêu cầu của bạn đã được lưu trên thiết bị này và sẽ tự động gửi đi khi có mạng trở lại.',
        'Quay lại',
      ];
  const backLink = request.referrer
    ? `<p><a href="${new URL(request.referrer).pathname}">${back}</a></p>`
    : '';
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p>${backLink}</main></body></html>`;
  return new Response(html, { status: 202, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
