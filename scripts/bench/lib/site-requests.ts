/**
 * The requests the enquiry benchmarks compare — a static page, an enquiry, and the buyer's reply
 * and tracking page — each sent to the server the caller names (one instance, or the next of
 * several in turn), with the references of every acknowledged enquiry and the count of
 * acknowledged replies kept to look them up on disk afterwards.
 */
import { paths } from '../../../src/lib/paths.ts';
import type { loadGenerator } from './load.ts';

export function siteRequests(send: ReturnType<typeof loadGenerator>['send'], product: string) {
  const runId = crypto.randomUUID();
  const acknowledged: string[] = [];
  // Tracking pages of acknowledged enquiries (paths, for any instance), with the enquiry each shows.
  const tracked: { path: string; enquiry: string }[] = [];
  const target = (i: number) => tracked[i % tracked.length] as { path: string; enquiry: string };
  // Every enquiry and reply gets a key of its own across phases: a repeated key would be a replay, not a write.
  let sent = 0;
  let replied = 0;
  let acknowledgedReplies = 0;
  let viewed = 0;
  const json = (origin: string, key: string, body: string) => ({
    'content-type': 'application/json',
    origin,
    'idempotency-key': key,
    'content-length': String(Buffer.byteLength(body)),
  });
  return {
    acknowledged,
    /** Replies the server acknowledged (201). */
    get replies() {
      return acknowledgedReplies;
    },
    async getStatic(origin: string) {
      const url = new URL(paths.product('vi', product), origin);
      return (await send(url, 'GET', { 'accept-encoding': 'br, gzip' })).status === 200;
    },
    async postEnquiry(origin: string) {
      const i = sent++;
      const body = JSON.stringify({
        product,
        name: `Người mua ${i}`,
        email: `buyer${i}@example.vn`,
        message: 'Xin báo giá sỉ 500 kg, giao tháng sau.',
        consent: true,
      });
      const response = await send(
        new URL(paths.api.enquiries, origin),
        'POST',
        json(origin, `bench-${runId}-${i}`, body),
        body,
      );
      if (response.status !== 201) return false;
      const { ids, trackingUrl } = JSON.parse(response.body) as { ids: string[]; trackingUrl: string };
      acknowledged.push(...ids);
      if (tracked.length < 1000)
        tracked.push({ path: new URL(trackingUrl).pathname, enquiry: ids[0] as string });
      return true;
    },
    /** A reply from the buyer on one of the tracking pages (needs enquiries sent first). */
    async postReply(origin: string) {
      const i = replied++;
      const { path, enquiry } = target(i);
      const body = JSON.stringify({ enquiry, message: `Cho hỏi thêm về mẫu, lần ${i}.` });
      const response = await send(
        new URL(path, origin),
        'POST',
        json(origin, `bench-reply-${runId}-${i}`, body),
        body,
      );
      if (response.status !== 201) return false;
      acknowledgedReplies++;
      return true;
    },
    async getTracking(origin: string) {
      const url = new URL(target(viewed++).path, origin);
      return (await send(url, 'GET', { 'accept-encoding': 'br, gzip' })).status === 200;
    },
  };
}
