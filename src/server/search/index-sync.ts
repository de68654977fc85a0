/**
 * Rebuilds the search index from the documents the build wrote. Atomic: a fresh index is built
 * beside the live one and swapped in, so no query ever sees a half-built index, and documents
 * whose content is gone are gone. Idempotent: when the content hash (documents and settings)
 * matches the one recorded for the live index, nothing is done.
 */
import { createHash } from 'node:crypto';
import { Meilisearch, MeilisearchApiError, type Settings, type Task } from 'meilisearch';
import type { SearchDocument } from '../../lib/search/documents.ts';
import { SEARCH_INDEX, SEARCH_STATE_INDEX, searchSettings } from '../../lib/search/settings.ts';

export interface ReindexOptions {
  host: string;
  apiKey: string;
  documents: readonly SearchDocument[];
  settings?: Settings;
  indexUid?: string;
  /** Rebuild even if the hash says the index is current. */
  force?: boolean;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface ReindexReport {
  status: 'up-to-date' | 'reindexed';
  hash: string;
  documents: number;
  /** Documents in the index before; with `documents`, tells how many came and went. */
  previous: number;
  ms: number;
}

interface IndexState {
  id: string;
  hash: string;
  documents: number;
  indexedAt: string;
}

/** Half an hour: 20,000 documents take seconds here, but a small shared machine may be busy. */
const TASK_WAIT = { timeout: 30 * 60_000, interval: 50 };

export function contentHash(documents: readonly SearchDocument[], settings: Settings): string {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify({ settings, documents: sorted }))
    .digest('hex');
}

const notFound = (error: unknown) => error instanceof MeilisearchApiError && error.response.status === 404;

function succeeded(task: Task, what: string): Task {
  if (task.status !== 'succeeded')
    throw new Error(`${what} ${task.status}: ${task.error?.message ?? 'no reason given'}`);
  return task;
}

const indexExists = (client: Meilisearch, uid: string) =>
  client.getRawIndex(uid).then(
    () => true,
    (error: unknown) => (notFound(error) ? false : Promise.reject(error)),
  );

export async function indexedState(client: Meilisearch, indexUid = SEARCH_INDEX) {
  const [state, stats] = await Promise.all([
    client
      .index<IndexState>(SEARCH_STATE_INDEX)
      .getDocument(indexUid)
      .catch((error: unknown) => (notFound(error) ? undefined : Promise.reject(error))),
    client
      .index(indexUid)
      .getStats()
      .catch((error: unknown) => (notFound(error) ? undefined : Promise.reject(error))),
  ]);
  return { state, documents: stats?.numberOfDocuments };
}

export async function reindex(options: ReindexOptions): Promise<ReindexReport> {
  const started = performance.now();
  const log = options.log ?? console.log;
  const indexUid = options.indexUid ?? SEARCH_INDEX;
  const settings = options.settings ?? (searchSettings as Settings);
  const { documents } = options;
  const client = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    defaultWaitOptions: TASK_WAIT,
  });
  const hash = contentHash(documents, settings);
  const live = await indexedState(client, indexUid);
  const previous = live.documents ?? 0;
  const elapsed = () => Math.round(performance.now() - started);

  if (!options.force && live.state?.hash === hash && live.documents === documents.length) {
    log(`search index ${indexUid} is up to date (${documents.length} documents, hash ${hash.slice(0, 12)})`);
    return { status: 'up-to-date', hash, documents: documents.length, previous, ms: elapsed() };
  }

  const next = `${indexUid}_next`;
  // Left over from an interrupted run: start clean (asked first: deleting a missing index logs an error).
  if (await indexExists(client, next)) {
    succeeded(await client.deleteIndex(next).waitTask(), `deleting ${next}`);
    log(`removed ${next} left by an interrupted reindex`);
  }
  succeeded(await client.createIndex(next, { primaryKey: 'id' }).waitTask(), `creating ${next}`);
  // Settings before documents: the documents are then indexed once, with the final settings.
  succeeded(await client.index(next).updateSettings(settings).waitTask(), `settings of ${next}`);

  const batchSize = options.batchSize ?? 5000;
  const batches: SearchDocument[][] = [];
  for (let i = 0; i < documents.length; i += batchSize) batches.push(documents.slice(i, i + batchSize));
  // Enqueue every batch at once (Meilisearch batches them together), then wait in order.
  const enqueued = batches.map((batch) => client.index(next).addDocuments(batch, { primaryKey: 'id' }));
  let done = 0;
  for (const [i, task] of enqueued.entries()) {
    succeeded(await task.waitTask(), `adding documents to ${next}`);
    done += batches[i]?.length ?? 0;
    log(`indexed ${done}/${documents.length} documents (${elapsed()} ms)`);
  }

  const existed = live.documents !== undefined;
  // Without a live index yet, renaming is the atomic step; otherwise the two swap places.
  const swap = existed
    ? client.swapIndexes([{ indexes: [indexUid, next], rename: false }])
    : client.swapIndexes([{ indexes: [next, indexUid], rename: true }]);
  succeeded(await swap.waitTask(), `swapping ${next} into ${indexUid}`);
  if (existed) succeeded(await client.deleteIndex(next).waitTask(), `deleting the old ${indexUid}`);

  const state: IndexState = {
    id: indexUid,
    hash,
    documents: documents.length,
    indexedAt: new Date().toISOString(),
  };
  succeeded(
    await client.index(SEARCH_STATE_INDEX).addDocuments([state], { primaryKey: 'id' }).waitTask(),
    'recording the index state',
  );
  log(
    `search index ${indexUid}: ${documents.length} documents (was ${previous}), hash ${hash.slice(0, 12)}, in ${elapsed()} ms`,
  );
  return { status: 'reindexed', hash, documents: documents.length, previous, ms: elapsed() };
}
