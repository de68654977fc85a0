/**
 * Search survives its engine going down: the production server's Meilisearch is killed; pages
 * still serve, the search page says search is unavailable and leads to the catalogue listings,
 * the API answers 503 — and search comes back by itself once the manager has restarted it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SearchResult } from '../../src/lib/search/response.ts';
import { eventually, type RunningSite, startSite } from '../support/production-server.ts';

let site: RunningSite;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.stop();
});

const get = (path: string) => fetch(`${site.url}${path}`);

it('keeps pages up while Meilisearch is down, then recovers by itself', async () => {
  const before = await get('/api/search/?q=tra');
  expect(before.status).toBe(200);
  const { pid } = await site.meili();

  process.kill(pid, 'SIGKILL');

  const api = await get('/api/search/?q=tra');
  expect(api.status).toBe(503);
  expect(api.headers.get('retry-after')).toBeTruthy();
  expect(((await api.json()) as { error: { message: string } }).error.message).toMatch(/tạm thời/);

  const searchPage = await get('/tim-kiem/?q=tra');
  expect(searchPage.status).toBe(503);
  const html = await searchPage.text();
  expect(html).toContain('Tìm kiếm tạm thời gián đoạn');
  expect(html).toMatch(/href="\/san-pham\/"/);
  expect(html).toMatch(/href="\/san-pham\/nhom\/thuc-pham\/"/);
  expect(html).toMatch(/href="\/san-pham\/sao\/5\/"/);
  expect(html).toMatch(/href="\/san-pham\/huyen\/na-ri\/"/);

  const english = await get('/en/search/?q=tea');
  expect(english.status).toBe(503);
  expect(await english.text()).toContain('Search is temporarily unavailable');

  for (const path of ['/', '/san-pham/', '/san-pham/mien-dong-tai-hoan/', '/en/products/']) {
    expect((await get(path)).status, path).toBe(200);
  }

  const recovered = await eventually(async () => {
    const response = await get('/api/search/?q=tra');
    if (response.status !== 200) throw new Error(`still ${response.status}`);
    return (await response.json()) as SearchResult;
  });
  expect(recovered.totalHits).toBeGreaterThan(0);
  expect((await site.meili()).pid).not.toBe(pid);
  expect((await get('/tim-kiem/?q=tra')).status).toBe(200);
  expect(site.output()).toMatch(/exited \(SIGKILL\); restarting/);
});
