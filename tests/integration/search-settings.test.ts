/**
 * The index as the reindex builds it, on a real Meilisearch: settings applied as written,
 * atomic swap, idempotence, documents that are gone removed, and the Vietnamese behaviour that
 * the settings and the exact-accent query give on documents made for the purpose.
 */
import type { Settings } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import { meiliPost } from '../../src/lib/search/meili-http.server.ts';
import { buildSearchRequest } from '../../src/lib/search/request.ts';
import type { FederatedResponse } from '../../src/lib/search/response.ts';
import {
  mutualSynonyms,
  SEARCH_INDEX,
  searchSettings,
  synonymGroups,
} from '../../src/lib/search/settings.ts';
import { accentKeys, telexLeftovers } from '../../src/lib/search/vietnamese.ts';
import { indexedState, reindex } from '../../src/server/search/index-sync.ts';
import { builtDocuments, meiliAdmin, meiliConnection, params, SEARCH_DAY } from '../support/meilisearch.ts';

const INDEX = 'test_settings_products';

/** A document like the build's, with the given name and commune (the rest borrowed from a real one). */
function named(base: SearchDocument, id: string, name: string, commune = base.commune ?? ''): SearchDocument {
  const keyed = [name, base.producer.vi, base.districtName, commune, base.newCommune];
  return {
    ...base,
    id,
    slug: id,
    name: { vi: name },
    commune,
    accentKeys: accentKeys(keyed),
    telex: telexLeftovers(keyed),
  };
}

async function slugsFor(q: string): Promise<string[]> {
  const body = buildSearchRequest(params({ q, hitsPerPage: 50 }), SEARCH_DAY);
  for (const query of body.queries) query.indexUid = INDEX;
  body.federation.facetsByIndex = { [INDEX]: body.federation.facetsByIndex[SEARCH_INDEX] ?? [] };
  const response = await meiliPost<FederatedResponse>(meiliConnection(), 'multi-search', body);
  return response.hits.map((h) => h.slug ?? '');
}

let real: SearchDocument[];
let base: SearchDocument;
const log: string[] = [];
const index = (documents: readonly SearchDocument[], force = false) => {
  const { host, apiKey } = meiliAdmin();
  return reindex({ host, apiKey, documents, indexUid: INDEX, force, log: (line) => log.push(line) });
};

beforeAll(async () => {
  real = await builtDocuments();
  base = real[0] as SearchDocument;
});

afterAll(async () => {
  await meiliAdmin().client.deleteIndex(INDEX).waitTask();
});

describe('reindex', () => {
  it('applies the settings exactly as written in settings.ts', async () => {
    await index(real);
    const applied = await meiliAdmin().client.index(INDEX).getSettings();
    const expected = searchSettings as Settings;
    expect(applied.searchableAttributes).toEqual(expected.searchableAttributes);
    expect(applied.filterableAttributes?.slice().sort()).toEqual(
      expected.filterableAttributes?.slice().sort(),
    );
    expect(applied.sortableAttributes?.slice().sort()).toEqual(expected.sortableAttributes?.slice().sort());
    expect(applied.rankingRules).toEqual(expected.rankingRules);
    expect(applied.localizedAttributes).toEqual(expected.localizedAttributes);
    expect(applied.typoTolerance).toMatchObject(expected.typoTolerance ?? {});
    expect(applied.synonyms).toEqual(expected.synonyms);
  });

  it('makes every synonym of the domain notes mutual, and every other term of a concept find its first', () => {
    const synonyms: Record<string, readonly string[]> = searchSettings.synonyms;
    for (const [term, others] of Object.entries(mutualSynonyms(synonymGroups))) {
      for (const other of others) expect(synonyms[other]).toContain(term);
      expect(synonyms[term]).toEqual(expect.arrayContaining(others));
    }
    expect(synonyms['thảo mộc']).toEqual(['thảo dược']);
    expect(synonyms['Tết Nguyên đán']).toEqual(['quà Tết']);
    expect(synonyms.herbs).toEqual(['herbal']);
    for (const pair of [
      ['chè', 'trà'],
      ['lạp sườn', 'lạp xưởng'],
      ['miến dong', 'miến củ dong'],
      ['quýt', 'cam quýt'],
      ['hồng không hạt', 'hồng ngâm'],
      ['bí xanh thơm', 'bí phấn'],
      ['khẩu nua lếch', 'nếp thép'],
      ['tinh bột nghệ', 'curcumin'],
      ['thịt treo gác bếp', 'thịt hun khói'],
      ['mộc nhĩ', 'nấm mèo'],
      ['htx', 'hợp tác xã'],
    ] as const) {
      expect(synonyms[pair[0]]).toContain(pair[1]);
    }
  });

  it('does nothing when the index already matches, and rebuilds when forced', async () => {
    expect((await index(real)).status).toBe('up-to-date');
    expect((await index(real, true)).status).toBe('reindexed');
  });

  it('removes the documents whose content is gone and keeps the count in its state', async () => {
    const fewer = real.slice(0, 10);
    const report = await index(fewer);
    expect(report).toMatchObject({ status: 'reindexed', documents: 10, previous: real.length });
    const { client } = meiliAdmin();
    const { results } = await client.index(INDEX).getDocuments({ limit: 100, fields: ['id'] });
    expect(results.map((d) => d.id).sort()).toEqual(fewer.map((d) => d.id).sort());
    expect((await indexedState(client, INDEX)).state).toMatchObject({ documents: 10, hash: report.hash });
  });

  it('cleans up a half-built index left by an interrupted run', async () => {
    const { client } = meiliAdmin();
    await client.createIndex(`${INDEX}_next`, { primaryKey: 'id' }).waitTask();
    await client
      .index(`${INDEX}_next`)
      .addDocuments([{ id: 'junk' }])
      .waitTask();
    await index(real.slice(0, 5), true);
    expect(await client.getRawIndex(`${INDEX}_next`).catch(() => undefined)).toBeUndefined();
    const { results } = await client.index(INDEX).getDocuments({ limit: 10, fields: ['id'] });
    expect(results.map((d) => d.id)).not.toContain('junk');
  });

  it('never lets a query see a half-built index while it rebuilds', async () => {
    const { client } = meiliAdmin();
    await index(real);
    const smaller = real.slice(0, 40);
    const counts = new Set<number>();
    let rebuilding = true;
    const rebuild = index(smaller, true).finally(() => {
      rebuilding = false;
    });
    while (rebuilding) {
      const { estimatedTotalHits } = await client.index(INDEX).search('', { limit: 0 });
      counts.add(estimatedTotalHits ?? -1);
    }
    await rebuild;
    counts.add((await client.index(INDEX).search('', { limit: 0 })).estimatedTotalHits ?? -1);
    // Only ever the old catalogue or the new one, never something in between.
    expect([...counts].every((n) => n === real.length || n === smaller.length)).toBe(true);
    expect(counts.has(smaller.length)).toBe(true);
  });
});

describe('Vietnamese on purpose-made documents', () => {
  beforeAll(async () => {
    await index([
      named(base, 'duong-phen', 'Đường phèn'),
      named(base, 'duong-xi', 'Dương xỉ'),
      named(base, 'duong-quy', 'Đương quy'),
      named(base, 'duong-nhan', 'Dưỡng nhan'),
      named(base, 'hoa-muc', 'Gà đồi', 'Hòa Mục'),
      named(base, 'thuy-tinh', 'Thuỷ tinh'),
    ]);
  });

  it('ranks the exactly accented word first, whichever of the look-alikes it is', async () => {
    expect((await slugsFor('dương'))[0]).toBe('duong-xi');
    expect((await slugsFor('đường'))[0]).toBe('duong-phen');
    expect((await slugsFor('đương'))[0]).toBe('duong-quy');
    expect((await slugsFor('dưỡng'))[0]).toBe('duong-nhan');
  });

  it('still finds all of them without accents', async () => {
    expect((await slugsFor('duong')).sort()).toEqual(['duong-nhan', 'duong-phen', 'duong-quy', 'duong-xi']);
  });

  it('finds either tone-mark placement with the other', async () => {
    expect(await slugsFor('hoà mục')).toEqual(['hoa-muc']);
    expect(await slugsFor('hòa mục')).toEqual(['hoa-muc']);
    expect(await slugsFor('thủy tinh')).toEqual(['thuy-tinh']);
  });
});
