/**
 * The two requests the enquiry benchmarks compare, a static page and an enquiry, each sent to
 * the server the caller names (one instance, or the next of several in turn), with the
 * references of every acknowledged enquiry kept to look them up on disk afterwards.
 */
import { paths } from '../../../src/lib/paths.ts';
import type { loadGenerator } from './load.ts';

export function siteRequests(send: ReturnType<typeof loadGenerator>['send'], product: string) {
  const runId = crypto.randomUUID();
  const acknowledged: string[] = [];
  // Every enquiry gets a key of its own across phases: a repeated key would be a replay, not a write.
  let sent = 0;
  return {
    acknowledged,
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
        {
          'content-type': 'application/json',
          origin,
          'idempotency-key': `bench-${runId}-${i}`,
          'content-length': String(Buffer.byteLength(body)),
        },
        body,
      );
      if (response.status !== 201) return false;
      acknowledged.push(...(JSON.parse(response.body) as { ids: string[] }).ids);
      return true;
    },
  };
}
