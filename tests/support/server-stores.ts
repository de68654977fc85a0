/**
 * Where the production servers of a test keep their data: the data folder's SQLite file, or a
 * fresh PostgreSQL database (DATABASE_URL in `env`), with a way to look at its tables as an
 * operator would.
 */
import postgres from 'postgres';
import { readDatabase } from '../integration/enquiries-server.ts';
import { freshDatabase } from './postgres.ts';

export interface ServerStore {
  /** What the servers and the users command need in their environment. */
  env: Record<string, string>;
  rows(query: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export const sqliteStore = (dataDir: string): ServerStore => ({
  env: {},
  async rows(query) {
    const db = readDatabase(dataDir);
    try {
      return db.prepare(query).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  },
  close: async () => {},
});

export async function postgresStore(): Promise<ServerStore> {
  const url = await freshDatabase();
  const db = postgres(url, { max: 1, onnotice: () => {} });
  return {
    env: { DATABASE_URL: url },
    rows: async (query) => [...(await db.unsafe(query))],
    close: () => db.end(),
  };
}

export const serverStores = [
  { name: 'sqlite', open: sqliteStore },
  { name: 'postgres', open: postgresStore },
];
