/** What the request log keeps of a URL: never a query, never a tracking link's token. */
import { expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { requestLogPath } from '../../src/server/http/request-log.ts';

const token = 'Qm9uam91ciwgdHJhY2tpbmcgdG9rZW4gZm9yIHRlc3Q';

test("a tracking page's token is replaced, in both languages, whatever follows it", () => {
  for (const locale of ['vi', 'en'] as const) {
    const logged = requestLogPath(paths.tracking(locale, token));
    expect(logged).not.toContain(token);
    expect(logged).toBe(paths.tracking(locale, '…'));
  }
  expect(requestLogPath(`/theo-doi/${token}`)).toBe('/theo-doi/…');
  expect(requestLogPath(`/theo-doi/${token}/?sent=7K3M9-QXA2B`)).toBe('/theo-doi/…/');
});

test('queries are left out (the thank-you page carries the token in one)', () => {
  expect(requestLogPath(`${paths.enquiryThanks('vi')}?ref=7K3M9-QXA2B&track=${token}`)).toBe(
    paths.enquiryThanks('vi'),
  );
  expect(requestLogPath('/tim-kiem/?q=0912345678')).toBe('/tim-kiem/');
  expect(requestLogPath(undefined)).toBe('/');
});
