/**
 * Vitest global setup: one real PostgreSQL for the whole run (scripts/lib/postgres-server.ts:
 * Debian's binaries on a temporary folder and a free loopback port), removed afterwards. Test
 * files get a fresh database of their own from it (tests/support/postgres.ts).
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/lib/postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { url: string };
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgres();
  project.provide('postgres', { url: server.url });
  return () => server.stop();
}
