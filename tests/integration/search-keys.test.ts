/**
 * No Meilisearch key reaches the browser: the production server runs with a known master key,
 * and every key that exists on its Meilisearch (master, default admin and search keys, the site's
 * search key) is looked for in what the site sends — search pages, results fragments, API
 * answers, the scripts and styles they load — and in the whole build output. Keys given to the
 * test run in the environment (MEILI_MASTER_KEY, MEILI_ADMIN_KEY, MEILI_SEARCH_KEY) are looked
 * for too, so a build made with them set proves it did not capture them.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/meilisearch.ts';
import { type RunningSite, startSite } from '../support/production-server.ts';

const masterKey = randomBytes(24).toString('hex');
let site: RunningSite;
let keys: string[];

beforeAll(async () => {
  site = await startSite({ MEILI_MASTER_KEY: masterKey });
  const meili = await site.meili();
  const { results } = await new Meilisearch({ host: meili.url, apiKey: masterKey }).getKeys({ limit: 100 });
  const fromEnv = ['MEILI_MASTER_KEY', 'MEILI_ADMIN_KEY', 'MEILI_SEARCH_KEY'].flatMap(
    (name) => process.env[name] ?? [],
  );
  keys = [masterKey, ...results.map((k) => k.key), ...fromEnv];
});

afterAll(async () => {
  await site?.stop();
});

function expectNoKey(text: string, where: string) {
  for (const key of keys) expect(text.includes(key), `a Meilisearch key in ${where}`).toBe(false);
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('Meilisearch keys', () => {
  it('exist on the site Meilisearch: the master key, admin and search keys', () => {
    expect(keys.length).toBeGreaterThanOrEqual(4);
  });

  it('are in no page, fragment, API answer or asset the site sends', async () => {
    const paths = [
      '/',
      `/tim-kiem/?q=${encodeURIComponent('mật ong')}`,
      '/en/search/?q=honey',
      '/tim-kiem/?page=0',
      `/api/search/?q=${encodeURIComponent('miến dong')}`,
      '/api/search/?page=0',
    ];
    const assets = new Set<string>();
    for (const path of paths) {
      const text = await (await fetch(`${site.url}${path}`)).text();
      expectNoKey(text, path);
      for (const [, asset] of text.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g))
        if (asset) assets.add(asset);
    }
    const fragment = await (
      await fetch(`${site.url}/tim-kiem/?q=tra`, { headers: { 'x-ocop-fragment': 'results' } })
    ).text();
    expectNoKey(fragment, 'the results fragment');
    expect(assets.size).toBeGreaterThan(0);
    for (const asset of assets) expectNoKey(await (await fetch(`${site.url}${asset}`)).text(), asset);
  });

  it('are in no file of the build', async () => {
    expect(existsSync(distDir)).toBe(true);
    let scanned = 0;
    for await (const file of files(distDir)) {
      if (/\.(png|jpe?g|webp|avif|br|gz|ico|woff2?)$/.test(file)) continue;
      expectNoKey(await readFile(file, 'utf8'), file);
      scanned++;
    }
    expect(scanned).toBeGreaterThan(100);
  });

  it('are never printed by the server', () => {
    expectNoKey(site.output(), 'the server output');
  });
});
