/** Fresh databases on the run's PostgreSQL (tests/support/postgres.global.ts). */
import { inject } from 'vitest';
import { createDatabase } from '../../scripts/lib/postgres-server.ts';

export { dropDatabase } from '../../scripts/lib/postgres-server.ts';

/** A new, empty database on the run's server: its DATABASE_URL. */
export const freshDatabase = (): Promise<string> => createDatabase(inject('postgres').url, 'ocop_test');
