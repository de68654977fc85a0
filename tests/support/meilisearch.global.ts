/**
 * Vitest global setup: one real Meilisearch for the whole run, started by the project's own
 * process manager (checksum-verified binary, loopback, capped memory) on a throwaway data folder,
 * and removed afterwards. Tests reach it through inject('meilisearch').
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { resolveMeiliBinary } from '../../src/server/search/meili-binary.ts';
import { MeiliProcess } from '../../src/server/search/meili-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    meilisearch: { host: string; masterKey: string };
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ocop-vitest-meili-'));
  const masterKey = randomBytes(24).toString('base64url');
  const meili = new MeiliProcess({
    dataDir,
    masterKey,
    binary: async () => (await resolveMeiliBinary(undefined)).path,
  });
  const host = await meili.start();
  project.provide('meilisearch', { host, masterKey });
  return async () => {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
